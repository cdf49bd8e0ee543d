method_value.go:10:7: t does not escape
method_value.go:15:9: t.Get does not escape
method_value.go:19:8: leaking param: t
method_value.go:20:7: t.PGet escapes to heap
method_value.go:25:7: t.Get escapes to heap
