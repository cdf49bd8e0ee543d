slicelit.go:10:12: []int{...} does not escape
slicelit.go:15:11: []int{...} escapes to heap
slicelit.go:19:14: []int{...} escapes to heap
