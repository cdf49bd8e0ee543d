method_value_recv.go:14:7: leaking param: t
method_value_recv.go:15:7: t does not escape
method_value_recv.go:17:8: leaking param content: t
method_value_recv.go:21:8: t does not escape
