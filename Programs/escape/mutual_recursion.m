mutual_recursion.go:7:11: leaking param: p
mutual_recursion.go:14:10: leaking param: p
