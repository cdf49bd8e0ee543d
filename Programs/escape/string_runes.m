string_runes.go:7:8: s does not escape
string_runes.go:8:14: ([]rune)(s) does not escape
string_runes.go:12:8: r does not escape
string_runes.go:13:16: string(r) escapes to heap
string_runes.go:17:20: string(rune(x)) escapes to heap
