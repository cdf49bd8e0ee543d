variadic_user.go:7:10: xs does not escape
variadic_user.go:17:11: leaking param: ps
variadic_user.go:20:12: ... argument does not escape
variadic_user.go:24:2: moved to heap: x
variadic_user.go:25:6: ... argument escapes to heap
variadic_user.go:28:8: xs does not escape
