range_slice.go:9:8: leaking param content: s
range_slice.go:15:8: s does not escape
