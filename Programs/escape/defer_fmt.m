defer_fmt.go:10:20: x escapes to heap
defer_fmt.go:10:19: ... argument does not escape
defer_fmt.go:15:21: i escapes to heap
defer_fmt.go:15:20: ... argument does not escape
