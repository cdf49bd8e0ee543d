generic_ptr_param.go:21:20: moved to heap: v
generic_ptr_param.go:46:13: ... argument does not escape
generic_ptr_param.go:46:14: x escapes to heap
generic_ptr_param.go:46:17: *p escapes to heap
generic_ptr_param.go:46:21: *q escapes to heap
generic_ptr_param.go:46:25: *r escapes to heap
