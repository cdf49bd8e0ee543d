method_expr_values.go:11:7: t does not escape
method_expr_values.go:11:17: sep does not escape
method_expr_values.go:11:29: parts does not escape
method_expr_values.go:11:72: t.s + sep + fmt.Sprint(... argument...) escapes to heap
method_expr_values.go:11:84: ... argument does not escape
method_expr_values.go:11:88: len(parts) escapes to heap
method_expr_values.go:12:7: t does not escape
method_expr_values.go:12:17: leaking param: s
method_expr_values.go:21:13: ... argument does not escape
method_expr_values.go:24:8: leaking param: xs
method_expr_values.go:25:13: ... argument does not escape
method_expr_values.go:25:14: xs escapes to heap
method_expr_values.go:25:18: c escapes to heap
method_expr_values.go:25:26: []any{...} escapes to heap
method_expr_values.go:25:26: []any{...} escapes to heap
method_expr_values.go:25:27: 1 escapes to heap
method_expr_values.go:25:30: "x" escapes to heap
method_expr_values.go:25:47: map[any]int{} escapes to heap
