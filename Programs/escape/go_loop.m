go_loop.go:7:18: c does not escape
go_loop.go:9:8: leaking param: c
go_loop.go:15:8: leaking param: c
go_loop.go:17:6: func literal escapes to heap
