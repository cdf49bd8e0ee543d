closure_direct.go:9:9: func literal does not escape
closure_direct.go:13:14: leaking param: q to result ~r0 level=0
closure_direct.go:12:8: leaking param: p to result ~r0 level=0
closure_direct.go:13:9: func literal does not escape
