new_local.go:8:10: new(int) does not escape
