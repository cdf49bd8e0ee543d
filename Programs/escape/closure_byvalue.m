closure_byvalue.go:9:9: func literal escapes to heap
closure_byvalue.go:14:8: func literal does not escape
