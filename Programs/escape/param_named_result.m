param_named_result.go:7:8: leaking param: p to result r level=0
param_named_result.go:12:8: leaking param: p to result y level=0
param_named_result.go:12:16: leaking param: q to result x level=0
