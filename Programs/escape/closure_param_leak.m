closure_param_leak.go:7:8: leaking param: p
closure_param_leak.go:8:9: func literal escapes to heap
closure_param_leak.go:11:8: leaking param: s
closure_param_leak.go:12:9: func literal escapes to heap
