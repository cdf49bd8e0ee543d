append_basic.go:9:8: leaking param content: s
append_basic.go:9:8: leaking param: s to result ~r0 level=0
append_basic.go:9:18: leaking param: p
append_basic.go:10:15: append escapes to heap
append_basic.go:13:8: leaking param: s to result ~r0 level=0
append_basic.go:14:15: append escapes to heap
append_basic.go:17:8: leaking param: p
append_basic.go:18:12: append escapes to heap
