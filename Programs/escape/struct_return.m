struct_return.go:12:8: leaking param: p to result ~r0 level=0
struct_return.go:17:2: moved to heap: x
