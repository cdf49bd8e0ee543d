mixed_methods.go:20:7: leaking param: t to result ~r0 level=1
mixed_methods.go:21:7: leaking param: t to result ~r0 level=0
mixed_methods.go:22:7: leaking param: t to result ~r0 level=0
mixed_methods.go:23:7: leaking param: t to result ~r0 level=1
mixed_methods.go:25:12: f does not escape
mixed_methods.go:29:15: func literal does not escape
mixed_methods.go:38:13: []*T{...} escapes to heap
mixed_methods.go:38:14: &T{} escapes to heap
mixed_methods.go:38:20: &T{...} escapes to heap
mixed_methods.go:41:11: m does not escape
mixed_methods.go:41:31: leaking param: k
mixed_methods.go:42:15: append escapes to heap
mixed_methods.go:45:11: b does not escape
mixed_methods.go:46:16: string(b) does not escape
mixed_methods.go:51:11: s does not escape
mixed_methods.go:52:11: B(s) escapes to heap
mixed_methods.go:56:6: moved to heap: x
mixed_methods.go:62:11: xs does not escape
mixed_methods.go:78:14: ... argument does not escape
mixed_methods.go:78:15: i escapes to heap
mixed_methods.go:83:2: moved to heap: counter
mixed_methods.go:84:9: func literal escapes to heap
mixed_methods.go:90:12: leaking param: err
mixed_methods.go:97:12: a does not escape
mixed_methods.go:107:19: ... argument does not escape
mixed_methods.go:107:34: use11(nil) escapes to heap
mixed_methods.go:112:7: leaking param: s to result ~r0 level=0
mixed_methods.go:114:12: leaking param: s
mixed_methods.go:115:13: ... argument does not escape
mixed_methods.go:115:14: s escapes to heap
mixed_methods.go:116:13: ... argument does not escape
mixed_methods.go:116:22: S.String(s) escapes to heap
mixed_methods.go:119:12: leaking param: t
mixed_methods.go:123:12: ch does not escape
mixed_methods.go:124:2: moved to heap: x
mixed_methods.go:125:8: func literal escapes to heap
mixed_methods.go:130:2: moved to heap: x
mixed_methods.go:129:11: make([]*int, 0) does not escape
mixed_methods.go:131:12: append does not escape
mixed_methods.go:135:12: leaking param: p to result r level=0
mixed_methods.go:136:8: func literal does not escape
