method_expr.go:11:7: leaking param content: t
method_expr.go:12:7: leaking param: t to result ~r0 level=0
method_expr.go:14:8: leaking param content: t
method_expr.go:18:8: leaking param: t to result ~r0 level=0
