generic_make.go:10:13: make([]go.shape.int, 8) does not escape
generic_make.go:16:13: make([]go.shape.string, n) does not escape
generic_make.go:24:13: make([]go.shape.int, 4) escapes to heap
generic_make.go:28:13: make([]go.shape.string, 0, n) escapes to heap
generic_make.go:32:11: make([][]go.shape.float64, rows) escapes to heap
generic_make.go:34:14: make([]go.shape.float64, cols) escapes to heap
generic_make.go:40:13: make(map[go.shape.string]go.shape.int, n) escapes to heap
generic_make.go:44:11: make(map[go.shape.int]bool) does not escape
generic_make.go:58:21: []int{...} does not escape
generic_make.go:59:13: ... argument does not escape
generic_make.go:59:14: a escapes to heap
generic_make.go:59:17: b escapes to heap
generic_make.go:59:23: len(c) escapes to heap
generic_make.go:59:31: len(d) escapes to heap
generic_make.go:59:39: len(g) escapes to heap
generic_make.go:59:47: len(m) escapes to heap
generic_make.go:59:52: n escapes to heap
