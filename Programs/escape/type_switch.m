type_switch.go:9:8: leaking param: i
type_switch.go:19:8: leaking param: i to result ~r0 level=1
