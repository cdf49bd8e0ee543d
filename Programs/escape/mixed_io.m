mixed_io.go:24:18: devirtualizing r.Read to *File
mixed_io.go:16:7: f does not escape
mixed_io.go:17:7: f does not escape
mixed_io.go:17:21: p does not escape
mixed_io.go:19:16: name does not escape
mixed_io.go:20:7: &File{...} does not escape
mixed_io.go:23:13: make([]byte, 16) does not escape
mixed_io.go:28:13: leaking param: c
mixed_io.go:37:19: func literal escapes to heap
mixed_io.go:37:14: append escapes to heap
mixed_io.go:42:17: leaking param: s to result ~r0 level=0
mixed_io.go:47:6: moved to heap: grid
mixed_io.go:57:11: m does not escape
mixed_io.go:57:29: leaking param: k
mixed_io.go:59:17: append escapes to heap
mixed_io.go:64:14: leaking param: r
mixed_io.go:66:13: make([]byte, 512) escapes to heap
mixed_io.go:79:13: leaking param: msg
mixed_io.go:80:14: ... argument does not escape
mixed_io.go:80:26: "error:" escapes to heap
mixed_io.go:80:36: msg escapes to heap
mixed_io.go:83:15: c does not escape
mixed_io.go:84:2: moved to heap: v
mixed_io.go:85:7: func literal escapes to heap
mixed_io.go:105:11: make(Matrix, r) escapes to heap
mixed_io.go:107:14: make([]float64, c) escapes to heap
mixed_io.go:112:7: m does not escape
