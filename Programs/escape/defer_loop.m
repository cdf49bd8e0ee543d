defer_loop.go:7:14: p does not escape
defer_loop.go:9:8: leaking param content: ps
defer_loop.go:17:9: func literal escapes to heap
