generic_iter_seq.go:49:6: moved to heap: out
generic_iter_seq.go:50:2: moved to heap: #state1
generic_iter_seq.go:50:2: func literal escapes to heap
generic_iter_seq.go:51:15: append escapes to heap
generic_iter_seq.go:43:9: func literal escapes to heap
generic_iter_seq.go:44:7: func literal escapes to heap
generic_iter_seq.go:13:9: func literal escapes to heap
generic_iter_seq.go:49:6: moved to heap: out
generic_iter_seq.go:50:2: moved to heap: #state1
generic_iter_seq.go:50:2: func literal escapes to heap
generic_iter_seq.go:51:15: append escapes to heap
generic_iter_seq.go:33:9: func literal escapes to heap
generic_iter_seq.go:23:9: func literal escapes to heap
generic_iter_seq.go:60:2: moved to heap: n
generic_iter_seq.go:61:2: moved to heap: #state1
generic_iter_seq.go:57:13: []int{...} escapes to heap
generic_iter_seq.go:58:37: func literal escapes to heap
generic_iter_seq.go:61:2: func literal escapes to heap
generic_iter_seq.go:64:13: ... argument does not escape
generic_iter_seq.go:64:14: doubled escapes to heap
generic_iter_seq.go:64:23: words escapes to heap
generic_iter_seq.go:64:30: n escapes to heap
