iface_const.go:13:13: ... argument does not escape
iface_const.go:13:14: 5 escapes to heap
iface_const.go:13:17: 7 escapes to heap
iface_const.go:15:13: ... argument does not escape
iface_const.go:15:14: int64(9) escapes to heap
