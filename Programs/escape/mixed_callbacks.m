mixed_callbacks.go:17:11: xs does not escape
mixed_callbacks.go:17:21: v does not escape
mixed_callbacks.go:25:12: xs does not escape
mixed_callbacks.go:27:11: func literal does not escape
mixed_callbacks.go:35:9: func literal escapes to heap
mixed_callbacks.go:45:52: ... argument does not escape
mixed_callbacks.go:45:65: p.X escapes to heap
mixed_callbacks.go:45:70: p.Y escapes to heap
mixed_callbacks.go:48:15: []Point{...} does not escape
mixed_callbacks.go:51:15: append escapes to heap
mixed_callbacks.go:58:11: m does not escape
mixed_callbacks.go:58:32: leaking param: k
mixed_callbacks.go:62:24: ... argument does not escape
mixed_callbacks.go:62:40: k escapes to heap
mixed_callbacks.go:65:24: moved to heap: s
mixed_callbacks.go:67:9: func literal escapes to heap
mixed_callbacks.go:82:14: leaking param content: words
mixed_callbacks.go:83:7: &strings.Builder{} escapes to heap
mixed_callbacks.go:85:14: ... argument does not escape
mixed_callbacks.go:85:25: w escapes to heap
mixed_callbacks.go:90:20: c does not escape
mixed_callbacks.go:95:10: &Point{} escapes to heap
mixed_callbacks.go:99:14: leaking param content: a
mixed_callbacks.go:99:17: leaking param content: b
mixed_callbacks.go:104:6: moved to heap: count
mixed_callbacks.go:105:9: func literal escapes to heap
mixed_callbacks.go:106:9: func literal escapes to heap
mixed_callbacks.go:115:7: leaking param: t
mixed_callbacks.go:117:10: &Tree{...} escapes to heap
mixed_callbacks.go:127:7: t does not escape
mixed_callbacks.go:127:21: f does not escape
mixed_callbacks.go:136:14: vals does not escape
mixed_callbacks.go:142:12: func literal does not escape
