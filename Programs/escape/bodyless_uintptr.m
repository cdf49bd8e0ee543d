bodyless_uintptr.go:7:10: assuming a is unsafe uintptr
bodyless_uintptr.go:7:21: leaking param: p
bodyless_uintptr.go:9:8: leaking param: p
