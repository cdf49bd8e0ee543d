param_second_result.go:7:8: leaking param: p to result ~r1 level=0
param_second_result.go:11:8: leaking param: p to result s level=0
