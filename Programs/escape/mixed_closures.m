mixed_closures.go:11:9: leaking param content: fs
mixed_closures.go:18:33: ... argument does not escape
mixed_closures.go:18:34: x escapes to heap
mixed_closures.go:18:8: func literal does not escape
mixed_closures.go:25:9: leaking param: a to result ~r0 level=0
mixed_closures.go:29:9: leaking param: p to result ~r0 level=1
mixed_closures.go:36:9: leaking param: xs to result ~r0 level=1
mixed_closures.go:44:9: leaking param: s to result ~r0 level=0
mixed_closures.go:45:15: append escapes to heap
mixed_closures.go:48:9: b does not escape
mixed_closures.go:48:19: m does not escape
mixed_closures.go:49:12: string(b) does not escape
mixed_closures.go:52:18: string(b) does not escape
mixed_closures.go:52:31: "x" + string(b) does not escape
mixed_closures.go:52:39: string(b) does not escape
mixed_closures.go:56:2: moved to heap: x
mixed_closures.go:57:7: func literal escapes to heap
mixed_closures.go:64:19: func literal escapes to heap
mixed_closures.go:64:14: append escapes to heap
mixed_closures.go:71:8: func literal does not escape
mixed_closures.go:73:15: ... argument does not escape
mixed_closures.go:84:10: leaking param: w to result ~r0 level=0
mixed_closures.go:88:10: leaking param: i
mixed_closures.go:92:10: ch does not escape
mixed_closures.go:92:26: s does not escape
mixed_closures.go:93:15: ([]byte)(s) escapes to heap
mixed_closures.go:97:2: moved to heap: a
mixed_closures.go:97:5: moved to heap: b
