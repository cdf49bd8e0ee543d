range_array.go:9:8: leaking param: a
