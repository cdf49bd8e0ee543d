iface_pointer.go:11:8: leaking param: p
iface_pointer.go:16:2: moved to heap: t
