generic_ctor.go:20:9: &Pair[go.shape.string,go.shape.int]{...} escapes to heap
generic_ctor.go:24:9: &Opt[go.shape.float64]{...} escapes to heap
generic_ctor.go:28:12: new(<node DYNAMICTYPE>) escapes to heap
generic_ctor.go:32:7: &Opt[go.shape.string]{...} does not escape
generic_ctor.go:38:6: moved to heap: t
generic_ctor.go:49:7: &Pair[int,int]{...} does not escape
generic_ctor.go:50:13: ... argument does not escape
generic_ctor.go:50:15: p.Key escapes to heap
generic_ctor.go:50:22: o.val escapes to heap
generic_ctor.go:50:28: *z escapes to heap
generic_ctor.go:50:32: f escapes to heap
generic_ctor.go:50:35: *m escapes to heap
generic_ctor.go:50:40: q.Val escapes to heap
