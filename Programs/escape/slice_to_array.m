slice_to_array.go:7:8: s does not escape
slice_to_array.go:11:8: leaking param: s to result ~r0 level=0
