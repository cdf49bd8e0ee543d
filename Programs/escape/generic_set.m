generic_set.go:17:7: &Set[go.shape.int]{...} escapes to heap
generic_set.go:17:22: make(map[go.shape.int]struct {}, len(xs)) escapes to heap
generic_set.go:32:9: func literal escapes to heap
generic_set.go:17:7: &Set[go.shape.string]{...} escapes to heap
generic_set.go:17:22: make(map[go.shape.string]struct {}, len(xs)) escapes to heap
generic_set.go:44:2: moved to heap: n
generic_set.go:45:2: moved to heap: #state1
generic_set.go:42:13: ... argument does not escape
generic_set.go:45:2: func literal escapes to heap
generic_set.go:50:13: ... argument does not escape
generic_set.go:50:14: n escapes to heap
generic_set.go:50:22: (*Set[go.shape.int]).Has(s, &.dict.Set[int], 2) escapes to heap
generic_set.go:50:32: (*Set[go.shape.string]).Has(w, &.dict.Set[string], "a") escapes to heap
generic_set.go:32:9: func literal escapes to heap
