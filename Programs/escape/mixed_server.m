mixed_server.go:17:7: leaking param: l
mixed_server.go:17:23: format does not escape
mixed_server.go:17:38: leaking param content: args
mixed_server.go:20:18: append escapes to heap
mixed_server.go:29:16: leaking param: name
mixed_server.go:30:9: &Server{...} escapes to heap
mixed_server.go:30:25: &Logger{} escapes to heap
mixed_server.go:30:58: make(map[string]int) escapes to heap
mixed_server.go:33:7: leaking param content: s
mixed_server.go:33:25: leaking param: path
mixed_server.go:35:8: ... argument does not escape
mixed_server.go:35:19: s.name escapes to heap
mixed_server.go:35:26: path escapes to heap
mixed_server.go:38:10: leaking param: s
mixed_server.go:38:21: leaking param content: paths
mixed_server.go:42:11: leaking param: path
mixed_server.go:39:6: moved to heap: wg
mixed_server.go:42:6: func literal escapes to heap
mixed_server.go:51:8: func literal does not escape
mixed_server.go:53:20: ... argument does not escape
mixed_server.go:60:16: p does not escape
mixed_server.go:60:24: leaking param: s
mixed_server.go:61:20: *p escapes to heap
mixed_server.go:61:27: len(s) escapes to heap
mixed_server.go:61:32: s escapes to heap
mixed_server.go:61:19: ... argument does not escape
mixed_server.go:66:15: leaking param: l
mixed_server.go:67:20: 1 escapes to heap
mixed_server.go:67:11: ... argument does not escape
mixed_server.go:75:12: leaking param content: ops
mixed_server.go:83:19: []Op{...} does not escape
mixed_server.go:83:26: Double{} escapes to heap
mixed_server.go:83:36: Double{} escapes to heap
mixed_server.go:86:20: moved to heap: x
mixed_server.go:87:9: func literal escapes to heap
mixed_server.go:93:17: leaking param: s to result ~r0 level=0
mixed_server.go:99:26: map[string][]string{} escapes to heap
mixed_server.go:100:17: append escapes to heap
mixed_server.go:106:9: func literal escapes to heap
