append_dots.go:7:8: leaking param: a to result ~r0 level=0
append_dots.go:7:11: b does not escape
append_dots.go:8:15: append escapes to heap
append_dots.go:11:8: leaking param content: a
append_dots.go:11:8: leaking param: a to result ~r0 level=0
append_dots.go:11:11: leaking param content: b
append_dots.go:12:15: append escapes to heap
append_dots.go:15:8: leaking param: b to result ~r0 level=0
append_dots.go:15:18: s does not escape
append_dots.go:16:15: append escapes to heap
