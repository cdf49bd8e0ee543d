generic_ptr_method.go:30:2: moved to heap: b
generic_ptr_method.go:33:7: &Cell[string]{...} does not escape
generic_ptr_method.go:35:7: &Cell[int]{} escapes to heap
generic_ptr_method.go:37:13: ... argument does not escape
generic_ptr_method.go:37:19: (*Cell[go.shape.int]).Get(a, &.dict.Cell[int]) escapes to heap
generic_ptr_method.go:37:23: *(*Cell[go.shape.int]).Addr(a, &.dict.Cell[int]) escapes to heap
generic_ptr_method.go:37:39: (*Cell[go.shape.string]).Get(d, &.dict.Cell[string]) escapes to heap
