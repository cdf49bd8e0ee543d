param_string.go:9:8: s does not escape
param_string.go:13:8: leaking param: s
param_string.go:17:8: leaking param: s to result ~r0 level=0
