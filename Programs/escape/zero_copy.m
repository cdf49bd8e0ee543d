zero_copy.go:7:8: s does not escape
zero_copy.go:8:14: ([]byte)(s) does not escape
zero_copy.go:8:14: zero-copy string->[]byte conversion
zero_copy.go:12:8: s does not escape
zero_copy.go:13:14: ([]byte)(s) does not escape
zero_copy.go:18:8: s does not escape
zero_copy.go:20:27: ([]byte)(s) does not escape
zero_copy.go:20:27: zero-copy string->[]byte conversion
