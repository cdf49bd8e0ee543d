method_ptr_recv.go:11:7: leaking param: t
method_ptr_recv.go:12:7: t does not escape
method_ptr_recv.go:15:6: moved to heap: t
