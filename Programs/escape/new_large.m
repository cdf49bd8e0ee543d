new_large.go:10:10: new(Big) escapes to heap
new_large.go:15:7: &Big{} escapes to heap
new_large.go:20:10: new([8000]int) does not escape
