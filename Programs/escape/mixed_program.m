mixed_program.go:25:7: leaking param: l
mixed_program.go:28:11: &Node{...} escapes to heap
mixed_program.go:31:7: l does not escape
mixed_program.go:31:21: f does not escape
mixed_program.go:37:7: l does not escape
mixed_program.go:39:9: func literal does not escape
mixed_program.go:43:10: leaking param: wg
mixed_program.go:43:30: out does not escape
mixed_program.go:49:6: moved to heap: wg
mixed_program.go:59:15: append escapes to heap
mixed_program.go:65:12: leaking param: s
mixed_program.go:66:11: make(map[string]int) escapes to heap
mixed_program.go:73:13: m does not escape
mixed_program.go:74:14: make([]string, 0, len(m)) does not escape
mixed_program.go:76:16: append does not escape
mixed_program.go:80:13: ... argument does not escape
mixed_program.go:80:25: k escapes to heap
mixed_program.go:80:29: m[k] escapes to heap
mixed_program.go:82:14: ... argument does not escape
mixed_program.go:82:29: len(keys) escapes to heap
mixed_program.go:93:12: leaking param content: shapes
mixed_program.go:102:22: []Shape{...} does not escape
mixed_program.go:102:27: Rect{...} escapes to heap
mixed_program.go:102:35: &Rect{...} escapes to heap
mixed_program.go:107:6: moved to heap: fib
mixed_program.go:106:22: map[int]int{} escapes to heap
mixed_program.go:108:8: func literal escapes to heap
