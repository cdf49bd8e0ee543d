array_value.go:7:8: leaking param: a to result ~r0 level=0
array_value.go:11:8: leaking param: p to result ~r0 level=1
