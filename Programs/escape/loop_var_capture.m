loop_var_capture.go:11:19: func literal escapes to heap
loop_var_capture.go:11:14: append escapes to heap
loop_var_capture.go:15:8: xs does not escape
loop_var_capture.go:17:19: func literal escapes to heap
loop_var_capture.go:17:14: append escapes to heap
