make_const.go:10:11: make([]int, 10) does not escape
make_const.go:15:10: make([]int, 10) escapes to heap
make_const.go:19:13: make([]byte, 5, 20) escapes to heap
