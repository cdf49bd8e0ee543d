ptrlit.go:15:9: &T{...} escapes to heap
ptrlit.go:19:7: &T{} does not escape
ptrlit.go:23:8: leaking param: p
ptrlit.go:24:6: &T{...} escapes to heap
