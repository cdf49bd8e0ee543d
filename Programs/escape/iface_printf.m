iface_printf.go:9:15: leaking param: p
iface_printf.go:10:12: ... argument does not escape
iface_printf.go:10:24: x escapes to heap
iface_printf.go:11:20: ... argument does not escape
iface_printf.go:11:27: x escapes to heap
