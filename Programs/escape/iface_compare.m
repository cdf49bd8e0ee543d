iface_compare.go:13:8: i does not escape
iface_compare.go:14:14: t does not escape
