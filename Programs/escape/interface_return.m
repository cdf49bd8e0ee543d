interface_return.go:9:7: leaking param: e to result ~r0 level=1
interface_return.go:12:9: &Err{...} escapes to heap
interface_return.go:15:8: leaking param: s
interface_return.go:16:9: s escapes to heap
