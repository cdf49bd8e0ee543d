closure_nocapture.go:10:11: p does not escape
closure_nocapture.go:10:6: func literal escapes to heap
closure_nocapture.go:14:8: func literal does not escape
