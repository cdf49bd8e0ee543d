slice_of_array.go:16:6: moved to heap: a
slice_of_array.go:20:8: leaking param: p to result ~r0 level=0
