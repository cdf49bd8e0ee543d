closure_byref.go:8:2: moved to heap: x
closure_byref.go:9:9: func literal escapes to heap
closure_byref.go:17:9: func literal does not escape
