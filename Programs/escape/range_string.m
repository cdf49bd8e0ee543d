range_string.go:7:8: s does not escape
