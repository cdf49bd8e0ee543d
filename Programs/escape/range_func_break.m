range_func_break.go:8:14: yield does not escape
range_func_break.go:8:9: func literal escapes to heap
range_func_break.go:18:2: moved to heap: found
range_func_break.go:19:2: moved to heap: #state1
range_func_break.go:19:2: func literal escapes to heap
range_func_break.go:29:2: moved to heap: s
range_func_break.go:30:2: moved to heap: #state1
range_func_break.go:30:2: func literal escapes to heap
