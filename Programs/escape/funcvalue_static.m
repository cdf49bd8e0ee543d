funcvalue_static.go:7:9: leaking param: p to result ~r0 level=0
