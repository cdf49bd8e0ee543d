range_func.go:8:14: yield does not escape
range_func.go:8:9: func literal escapes to heap
range_func.go:17:12: yield does not escape
range_func.go:22:2: moved to heap: s
range_func.go:23:2: moved to heap: #state1
range_func.go:26:2: moved to heap: #state2
range_func.go:23:2: func literal escapes to heap
range_func.go:26:2: func literal escapes to heap
range_func.go:33:9: v does not escape
range_func.go:33:2: func literal does not escape
range_func.go:41:2: moved to heap: #state1
range_func.go:41:2: func literal escapes to heap
range_func.go:47:12: leaking param: s
range_func.go:48:14: yield does not escape
range_func.go:48:9: func literal escapes to heap
range_func.go:59:14: leaking param: ws
range_func.go:61:9: leaking param: w
range_func.go:60:2: moved to heap: n
range_func.go:61:2: moved to heap: #state1
range_func.go:61:2: func literal escapes to heap
range_func.go:65:16: append escapes to heap
