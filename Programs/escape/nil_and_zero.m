nil_and_zero.go:13:17: struct {}{} escapes to heap
