iface_global.go:11:20: leaking param: s
iface_global.go:12:9: x escapes to heap
iface_global.go:13:9: t escapes to heap
iface_global.go:14:9: s escapes to heap
