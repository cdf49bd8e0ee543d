bodyless.go:7:10: leaking param: p
bodyless.go:7:25: leaking param: s
bodyless.go:10:2: moved to heap: x
