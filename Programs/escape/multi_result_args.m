multi_result_args.go:7:11: leaking param: p to result ~r0 level=0
multi_result_args.go:9:10: p does not escape
