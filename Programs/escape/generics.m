generics.go:10:13: make([]go.shape.string, 0, len(xs)) escapes to heap
generics.go:12:15: append escapes to heap
generics.go:51:58: ... argument does not escape
generics.go:51:59: n escapes to heap
generics.go:21:16: append escapes to heap
generics.go:10:13: make([]go.shape.bool, 0, len(xs)) escapes to heap
generics.go:12:15: append escapes to heap
generics.go:48:42: &Box[go.shape.int]{...} escapes to heap
generics.go:50:10: nums does not escape
generics.go:50:22: words does not escape
generics.go:51:20: func literal does not escape
generics.go:52:24: func literal does not escape
generics.go:53:13: ... argument does not escape
generics.go:53:17: len(strs) escapes to heap
generics.go:53:28: len(evens) escapes to heap
generics.go:53:50: First[go.shape.string](&.dict.First[string], words) != nil escapes to heap
generics.go:54:13: ... argument does not escape
generics.go:54:17: Sum[go.shape.int](&.dict.Sum[int], ... argument...) escapes to heap
generics.go:54:17: ... argument does not escape
generics.go:54:31: Sum[go.shape.float64](&.dict.Sum[float64], ... argument...) escapes to heap
generics.go:54:31: ... argument does not escape
generics.go:54:57: Map[go.shape.int,go.shape.bool](&.dict.Map[int,bool], nums, func literal) escapes to heap
generics.go:54:64: func literal does not escape
generics.go:57:13: ... argument does not escape
generics.go:57:19: (*Box[go.shape.int]).Get(b, &.dict.Box[int]) escapes to heap
