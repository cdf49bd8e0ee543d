defer_top.go:9:8: func literal does not escape
defer_top.go:15:14: p does not escape
defer_top.go:17:8: p does not escape
