append_local.go:8:11: make([]int, 0, 4) does not escape
append_local.go:9:12: append does not escape
append_local.go:13:8: xs does not escape
append_local.go:16:13: append does not escape
