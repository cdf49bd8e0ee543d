unnamed_params.go:9:16: p does not escape
