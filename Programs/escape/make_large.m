make_large.go:8:11: make([]int, 8192) does not escape
make_large.go:13:11: make([]int, 8193) escapes to heap
make_large.go:18:11: make([]byte, 65537) escapes to heap
