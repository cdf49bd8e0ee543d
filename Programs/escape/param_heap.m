param_heap.go:10:8: leaking param: p
param_heap.go:14:8: leaking param: s
