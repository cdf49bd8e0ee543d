loop_var_addr.go:10:6: moved to heap: i
loop_var_addr.go:11:13: append escapes to heap
loop_var_addr.go:15:8: xs does not escape
loop_var_addr.go:16:9: moved to heap: x
loop_var_addr.go:17:13: append escapes to heap
