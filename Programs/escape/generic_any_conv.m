generic_any_conv.go:10:13: ... argument does not escape
generic_any_conv.go:10:14: x escapes to heap
generic_any_conv.go:10:13: ... argument does not escape
generic_any_conv.go:10:14: x escapes to heap
generic_any_conv.go:14:13: ... argument does not escape
generic_any_conv.go:14:14: *p escapes to heap
generic_any_conv.go:18:9: x escapes to heap
generic_any_conv.go:22:19: ... argument does not escape
generic_any_conv.go:22:20: a escapes to heap
generic_any_conv.go:22:23: b escapes to heap
generic_any_conv.go:31:13: ... argument does not escape
generic_any_conv.go:31:25: i escapes to heap
generic_any_conv.go:31:28: x escapes to heap
generic_any_conv.go:42:13: ... argument does not escape
generic_any_conv.go:42:17: s escapes to heap
generic_any_conv.go:42:25: IsNil[go.shape.*uint8](&.dict.IsNil[*float64], &v) escapes to heap
generic_any_conv.go:43:16: []int{...} does not escape
