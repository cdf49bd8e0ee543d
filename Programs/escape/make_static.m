make_static.go:9:11: make([]int, 10) does not escape
make_static.go:15:13: make([]int, 3) escapes to heap
make_static.go:21:11: make([]int, n) does not escape
