embedded_method.go:9:7: i does not escape
embedded_method.go:24:8: o does not escape
