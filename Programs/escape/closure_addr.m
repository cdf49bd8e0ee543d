closure_addr.go:10:2: moved to heap: x
closure_addr.go:11:2: func literal does not escape
closure_addr.go:16:7: func literal does not escape
