std_mixed.go:25:7: a does not escape
std_mixed.go:26:51: ByPrice.Swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
std_mixed.go:26:51: ByPrice.Swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
std_mixed.go:26:7: a does not escape
std_mixed.go:27:7: a does not escape
std_mixed.go:29:16: leaking param: items
std_mixed.go:30:19: ByPrice(items) escapes to heap
std_mixed.go:33:13: items does not escape
std_mixed.go:51:7: leaking param: c
std_mixed.go:51:21: k does not escape
std_mixed.go:58:7: leaking param: c
std_mixed.go:58:21: leaking param: k
std_mixed.go:58:24: leaking param: v
std_mixed.go:66:12: leaking param: s
std_mixed.go:73:23: ... argument does not escape
std_mixed.go:73:40: s escapes to heap
std_mixed.go:78:14: leaking param: err
std_mixed.go:82:12: f does not escape
std_mixed.go:89:6: moved to heap: o
std_mixed.go:90:2: moved to heap: v
std_mixed.go:91:9: func literal escapes to heap
std_mixed.go:92:8: func literal does not escape
