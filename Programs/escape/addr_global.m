addr_global.go:9:8: moved to heap: x
addr_global.go:14:2: moved to heap: y
