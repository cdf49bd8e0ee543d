go_call.go:7:11: p does not escape
go_call.go:9:8: leaking param: p
go_call.go:14:2: moved to heap: x
