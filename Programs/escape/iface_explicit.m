iface_explicit.go:16:11: I(t) escapes to heap
iface_explicit.go:17:21: (interface {})(3) escapes to heap
iface_explicit.go:18:13: any(t) escapes to heap
