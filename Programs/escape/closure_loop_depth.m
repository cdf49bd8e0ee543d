closure_loop_depth.go:10:10: func literal does not escape
