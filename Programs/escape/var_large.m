var_large.go:8:6: moved to heap: a
