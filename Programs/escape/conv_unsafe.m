conv_unsafe.go:9:8: leaking param: p to result ~r0 level=0
conv_unsafe.go:13:8: leaking param: p to result ~r0 level=0
