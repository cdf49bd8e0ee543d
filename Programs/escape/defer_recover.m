defer_recover.go:10:8: func literal does not escape
defer_recover.go:12:20: ... argument does not escape
