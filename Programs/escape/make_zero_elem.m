make_zero_elem.go:8:11: make([]struct {}, n) escapes to heap
make_zero_elem.go:13:11: make([][0]int, 4) escapes to heap
