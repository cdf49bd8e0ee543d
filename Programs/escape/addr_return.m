addr_return.go:8:2: moved to heap: x
addr_return.go:13:6: moved to heap: a
