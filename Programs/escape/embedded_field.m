embedded_field.go:20:8: leaking param: o
embedded_field.go:24:8: leaking param content: o
embedded_field.go:28:8: leaking param: o to result ~r0 level=1
