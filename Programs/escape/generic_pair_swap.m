generic_pair_swap.go:35:2: moved to heap: x
generic_pair_swap.go:35:5: moved to heap: y
generic_pair_swap.go:38:13: ... argument does not escape
generic_pair_swap.go:38:15: q.First escapes to heap
generic_pair_swap.go:38:30: FirstOf[go.shape.int,go.shape.string](&.dict.FirstOf[int,string], p) escapes to heap
generic_pair_swap.go:38:35: *pp.Second escapes to heap
