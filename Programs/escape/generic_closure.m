generic_closure.go:10:9: func literal escapes to heap
generic_closure.go:14:6: moved to heap: total
generic_closure.go:15:9: func literal escapes to heap
generic_closure.go:26:7: func literal does not escape
generic_closure.go:32:10: func literal does not escape
generic_closure.go:46:16: func literal does not escape
generic_closure.go:47:18: func literal does not escape
generic_closure.go:48:22: []string{...} does not escape
generic_closure.go:49:13: ... argument does not escape
generic_closure.go:49:15: c() escapes to heap
generic_closure.go:49:20: n() escapes to heap
generic_closure.go:49:24: r escapes to heap
generic_closure.go:49:27: t escapes to heap
generic_closure.go:49:30: l escapes to heap
