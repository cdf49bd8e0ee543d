multi_result.go:7:10: leaking param: p to result ~r1 level=0
multi_result.go:7:13: leaking param: q to result ~r0 level=0
multi_result.go:14:5: moved to heap: y
