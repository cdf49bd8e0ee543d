min_max_clear.go:7:8: leaking param: a to result ~r0 level=0
min_max_clear.go:7:11: leaking param: b to result ~r0 level=0
min_max_clear.go:11:8: m does not escape
min_max_clear.go:15:8: s does not escape
