generic_reduce.go:38:30: a does not escape
generic_reduce.go:38:65: a + fmt.Sprint(... argument...) escapes to heap
generic_reduce.go:38:77: ... argument does not escape
generic_reduce.go:38:78: x escapes to heap
generic_reduce.go:21:16: append escapes to heap
generic_reduce.go:28:13: make([]*go.shape.string, len(xs)) escapes to heap
generic_reduce.go:36:13: []int{...} escapes to heap
generic_reduce.go:37:23: func literal does not escape
generic_reduce.go:38:25: func literal does not escape
generic_reduce.go:39:29: func literal does not escape
generic_reduce.go:40:21: []string{...} escapes to heap
generic_reduce.go:41:13: ... argument does not escape
generic_reduce.go:41:14: sum escapes to heap
generic_reduce.go:41:19: strs escapes to heap
generic_reduce.go:41:25: evens escapes to heap
generic_reduce.go:41:32: *ps[0] escapes to heap
