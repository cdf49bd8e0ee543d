string_bytes.go:7:8: b does not escape
string_bytes.go:8:16: string(b) escapes to heap
string_bytes.go:11:8: b does not escape
string_bytes.go:12:14: string(b) does not escape
string_bytes.go:16:8: s does not escape
string_bytes.go:17:16: ([]byte)(s) escapes to heap
