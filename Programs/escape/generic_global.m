generic_global.go:12:30: map[string]any{} escapes to heap
generic_global.go:15:12: v escapes to heap
generic_global.go:15:12: v escapes to heap
generic_global.go:34:21: append escapes to heap
generic_global.go:41:2: moved to heap: n
generic_global.go:43:2: moved to heap: m
generic_global.go:45:2: moved to heap: k
generic_global.go:47:18: []string{...} does not escape
generic_global.go:48:13: ... argument does not escape
generic_global.go:48:17: len(registry) escapes to heap
generic_global.go:48:32: len(sliceSink) escapes to heap
