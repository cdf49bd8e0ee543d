mixed_statements.go:14:16: h does not escape
mixed_statements.go:14:27: leaking param: x
mixed_statements.go:18:19: h does not escape
mixed_statements.go:19:2: moved to heap: y
mixed_statements.go:23:15: xs does not escape
mixed_statements.go:34:17: leaking param: x
mixed_statements.go:35:24: ... argument does not escape
mixed_statements.go:43:23: x does not escape
mixed_statements.go:57:7: leaking param content: q
mixed_statements.go:57:22: leaking param: h
mixed_statements.go:57:52: append escapes to heap
mixed_statements.go:61:10: (*Queue).Pop ignoring self-assignment in q.items = q.items[1:]
mixed_statements.go:59:7: leaking param: q to result ~r0 level=2
mixed_statements.go:67:9: &Handler{...} escapes to heap
mixed_statements.go:74:3: moved to heap: v
mixed_statements.go:81:12: make([]*Handler, n) escapes to heap
mixed_statements.go:83:11: &Handler{} escapes to heap
mixed_statements.go:89:6: moved to heap: a
mixed_statements.go:95:13: p does not escape
mixed_statements.go:96:13: new(int) does not escape
mixed_statements.go:102:18: c does not escape
mixed_statements.go:110:10: func literal escapes to heap
mixed_statements.go:108:9: func literal escapes to heap
