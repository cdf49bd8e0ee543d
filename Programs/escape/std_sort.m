std_sort.go:9:8: xs does not escape
std_sort.go:13:8: leaking param: xs
std_sort.go:14:13: xs escapes to heap
std_sort.go:14:17: func literal does not escape
