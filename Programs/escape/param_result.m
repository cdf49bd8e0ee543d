param_result.go:7:8: leaking param: p to result ~r0 level=0
param_result.go:11:8: leaking param: p to result ~r0 level=1
param_result.go:15:8: leaking param: a to result ~r0 level=0
param_result.go:15:11: leaking param: b to result ~r0 level=0
