loop_var_forms.go:11:6: moved to heap: i
loop_var_forms.go:12:19: func literal escapes to heap
loop_var_forms.go:12:14: append escapes to heap
loop_var_forms.go:18:6: moved to heap: i
loop_var_forms.go:19:14: append escapes to heap
loop_var_forms.go:25:19: func literal escapes to heap
loop_var_forms.go:25:14: append escapes to heap
loop_var_forms.go:29:8: xs does not escape
loop_var_forms.go:31:19: func literal escapes to heap
loop_var_forms.go:31:14: append escapes to heap
loop_var_forms.go:35:8: xs does not escape
loop_var_forms.go:37:19: func literal escapes to heap
loop_var_forms.go:37:14: append escapes to heap
loop_var_forms.go:44:3: func literal does not escape
loop_var_forms.go:49:8: m does not escape
loop_var_forms.go:51:6: func literal escapes to heap
