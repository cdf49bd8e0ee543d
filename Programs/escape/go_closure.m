go_closure.go:8:2: moved to heap: x
go_closure.go:9:5: func literal escapes to heap
go_closure.go:14:8: leaking param: p
go_closure.go:15:5: func literal escapes to heap
