defer_method.go:9:7: t does not escape
defer_method.go:17:6: moved to heap: t
