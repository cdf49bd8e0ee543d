panic_arg.go:10:8: x escapes to heap
panic_arg.go:13:8: leaking param: e
panic_arg.go:18:8: "boom" escapes to heap
