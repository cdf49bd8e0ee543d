std_strings.go:9:8: leaking param: s
std_strings.go:9:11: sep does not escape
std_strings.go:13:8: leaking param: s to result ~r0 level=0
std_strings.go:17:8: leaking param: parts to result ~r0 level=1
std_strings.go:21:8: s does not escape
