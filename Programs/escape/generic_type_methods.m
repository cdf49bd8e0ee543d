generic_type_methods.go:20:19: ... argument does not escape
generic_type_methods.go:20:20: p escapes to heap
generic_type_methods.go:24:7: &Pair[int,bool]{} does not escape
generic_type_methods.go:14:56: ... argument does not escape
generic_type_methods.go:14:58: p.Key escapes to heap
generic_type_methods.go:14:65: p.Val escapes to heap
generic_type_methods.go:14:56: ... argument does not escape
generic_type_methods.go:14:58: p.Key escapes to heap
generic_type_methods.go:14:65: p.Val escapes to heap
