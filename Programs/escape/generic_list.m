generic_list.go:20:11: &node[go.shape.int]{...} escapes to heap
generic_list.go:38:9: &List[go.shape.int]{} escapes to heap
generic_list.go:20:11: &node[go.shape.string]{...} escapes to heap
generic_list.go:50:9: func literal does not escape
generic_list.go:54:13: ... argument does not escape
generic_list.go:54:14: total escapes to heap
generic_list.go:54:21: *(*List[go.shape.int]).Front(r, &.dict.List[int]) escapes to heap
generic_list.go:54:33: *(*List[go.shape.string]).Front(ws, &.dict.List[string]) escapes to heap
generic_list.go:54:47: r.size escapes to heap
