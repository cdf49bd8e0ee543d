string_concat.go:9:8: a does not escape
string_concat.go:9:11: b does not escape
string_concat.go:10:11: a + b escapes to heap
string_concat.go:13:8: a does not escape
string_concat.go:13:11: b does not escape
string_concat.go:14:13: a + b + "!" does not escape
string_concat.go:18:8: a does not escape
string_concat.go:19:10: "x" + a escapes to heap
