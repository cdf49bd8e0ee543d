closure_result.go:8:2: moved to heap: x
closure_result.go:9:9: func literal does not escape
closure_result.go:15:9: func literal does not escape
