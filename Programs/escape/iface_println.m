iface_println.go:9:15: leaking param: s
iface_println.go:10:13: ... argument does not escape
iface_println.go:10:14: x escapes to heap
iface_println.go:10:17: s escapes to heap
iface_println.go:14:13: ... argument does not escape
iface_println.go:14:14: "hello" escapes to heap
iface_println.go:14:23: 42 escapes to heap
