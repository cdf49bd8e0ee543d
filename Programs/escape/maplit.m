maplit.go:10:21: map[string]int{...} does not escape
maplit.go:15:20: map[string]int{} escapes to heap
maplit.go:19:11: make(map[int]int) escapes to heap
maplit.go:24:11: make(map[int]int, 10) does not escape
