std_builder.go:9:8: parts does not escape
