iface_local.go:14:12: t does not escape
iface_local.go:16:22: 1 does not escape
