recursion.go:12:10: n does not escape
recursion.go:19:11: leaking param: n to result ~r0 level=0
