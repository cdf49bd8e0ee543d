loop_label.go:11:2: moved to heap: x
