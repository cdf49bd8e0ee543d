std_strconv.go:13:8: s does not escape
