make_var.go:8:11: make([]int, n) does not escape
make_var.go:13:13: make([]int, n) escapes to heap
make_var.go:17:11: make([]byte, n, m) does not escape
