closure_large.go:8:6: moved to heap: a
closure_large.go:9:9: func literal escapes to heap
closure_large.go:14:9: func literal escapes to heap
