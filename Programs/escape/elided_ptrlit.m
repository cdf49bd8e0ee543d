elided_ptrlit.go:11:8: leaking param: x
elided_ptrlit.go:12:13: []*T{...} escapes to heap
elided_ptrlit.go:12:14: &T{...} escapes to heap
elided_ptrlit.go:12:22: &T{} escapes to heap
elided_ptrlit.go:15:8: leaking param: x
elided_ptrlit.go:16:20: map[string]*T{...} does not escape
elided_ptrlit.go:16:26: &T{...} escapes to heap
