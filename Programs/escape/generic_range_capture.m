generic_range_capture.go:20:14: yield does not escape
generic_range_capture.go:20:9: func literal escapes to heap
generic_range_capture.go:10:9: func literal escapes to heap
generic_range_capture.go:31:10: leaking param: xs
generic_range_capture.go:32:2: moved to heap: total
generic_range_capture.go:33:2: moved to heap: #state1
generic_range_capture.go:33:2: func literal escapes to heap
generic_range_capture.go:10:9: func literal escapes to heap
generic_range_capture.go:39:14: leaking param: ws
generic_range_capture.go:42:6: leaking param: w
generic_range_capture.go:40:2: moved to heap: best
generic_range_capture.go:41:2: moved to heap: count
generic_range_capture.go:42:2: moved to heap: #state1
generic_range_capture.go:42:2: func literal escapes to heap
generic_range_capture.go:53:2: moved to heap: #state1
generic_range_capture.go:53:6: moved to heap: i
generic_range_capture.go:53:2: func literal escapes to heap
generic_range_capture.go:54:16: append escapes to heap
generic_range_capture.go:58:13: leaking param: prefix
generic_range_capture.go:59:6: moved to heap: out
generic_range_capture.go:60:2: moved to heap: #state1
generic_range_capture.go:60:2: func literal escapes to heap
generic_range_capture.go:61:31: ... argument does not escape
generic_range_capture.go:61:32: prefix escapes to heap
generic_range_capture.go:61:40: i escapes to heap
generic_range_capture.go:61:15: append escapes to heap
generic_range_capture.go:67:13: ... argument does not escape
generic_range_capture.go:67:17: sum([]int{...}) escapes to heap
generic_range_capture.go:67:23: []int{...} escapes to heap
generic_range_capture.go:67:39: longest([]string{...}) escapes to heap
generic_range_capture.go:67:48: []string{...} escapes to heap
generic_range_capture.go:67:68: labels("p") escapes to heap
