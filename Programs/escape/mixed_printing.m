mixed_printing.go:14:13: ... argument does not escape
mixed_printing.go:14:13: .autotmp_0 escapes to heap
mixed_printing.go:15:13: ... argument does not escape
mixed_printing.go:15:13: .autotmp_2 escapes to heap
mixed_printing.go:15:13: .autotmp_3 escapes to heap
mixed_printing.go:17:13: ... argument does not escape
mixed_printing.go:17:14: x escapes to heap
mixed_printing.go:22:54: ... argument does not escape
mixed_printing.go:22:71: float64(c) escapes to heap
mixed_printing.go:25:19: ... argument does not escape
mixed_printing.go:25:20: c escapes to heap
mixed_printing.go:25:30: Celsius(3) escapes to heap
mixed_printing.go:25:35: 2.5 escapes to heap
mixed_printing.go:25:40: 'x' escapes to heap
mixed_printing.go:25:49: uint(7) escapes to heap
mixed_printing.go:25:59: int64(-1) escapes to heap
mixed_printing.go:28:8: b does not escape
mixed_printing.go:28:18: r does not escape
mixed_printing.go:29:13: ... argument does not escape
mixed_printing.go:29:20: string(b[:2]) escapes to heap
mixed_printing.go:29:22: string(b[:2]) escapes to heap
mixed_printing.go:29:35: string(r) escapes to heap
mixed_printing.go:29:36: string(r) escapes to heap
mixed_printing.go:29:43: len(b) escapes to heap
mixed_printing.go:30:22: b does not escape
mixed_printing.go:34:8: leaking param content: ss
mixed_printing.go:35:13: make([]interface {}, len(ss)) escapes to heap
mixed_printing.go:37:12: s escapes to heap
mixed_printing.go:43:3: ... argument does not escape
