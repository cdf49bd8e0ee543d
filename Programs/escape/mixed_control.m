mixed_control.go:20:7: t does not escape
mixed_control.go:22:9: leaking param: e
mixed_control.go:26:9: leaking param content: e
mixed_control.go:27:10: e.I.M escapes to heap
mixed_control.go:30:9: m does not escape
mixed_control.go:30:27: b does not escape
mixed_control.go:31:18: string(b) does not escape
mixed_control.go:34:9: leaking param: s to result ~r0 level=0
mixed_control.go:45:13: ... argument does not escape
mixed_control.go:45:14: 1.5 escapes to heap
mixed_control.go:45:19: 'a' escapes to heap
mixed_control.go:45:24: true escapes to heap
mixed_control.go:45:36: (3 + 4i) escapes to heap
mixed_control.go:45:41: "s" escapes to heap
mixed_control.go:45:51: uint8(3) escapes to heap
mixed_control.go:76:9: c does not escape
mixed_control.go:76:21: done does not escape
mixed_control.go:89:14: make([][]int, 3) escapes to heap
mixed_control.go:91:17: make([]int, 3) escapes to heap
mixed_control.go:96:10: moved to heap: t
mixed_control.go:100:10: leaking param: xs
mixed_control.go:101:9: func literal escapes to heap
mixed_control.go:110:10: leaking param: p
mixed_control.go:111:10: p.M escapes to heap
mixed_control.go:118:7: leaking param content: s
mixed_control.go:118:47: append escapes to heap
mixed_control.go:121:10: (*Stack).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
mixed_control.go:119:7: s does not escape
mixed_control.go:131:10: leaking param: a
mixed_control.go:131:13: leaking param: b
mixed_control.go:142:10: leaking param: v
mixed_control.go:146:19: ... argument does not escape
