iface_call.go:11:8: leaking param: i
iface_call.go:11:13: leaking param: x
iface_call.go:17:7: t does not escape
iface_call.go:17:15: p does not escape
iface_call.go:21:2: moved to heap: y
iface_call.go:20:7: &T{} escapes to heap
