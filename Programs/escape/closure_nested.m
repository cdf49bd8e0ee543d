closure_nested.go:9:9: func literal escapes to heap
closure_nested.go:10:10: func literal escapes to heap
closure_nested.go:16:2: func literal does not escape
closure_nested.go:17:3: func literal does not escape
