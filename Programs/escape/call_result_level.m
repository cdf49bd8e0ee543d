call_result_level.go:7:12: leaking param: s to result ~r0 level=1
call_result_level.go:10:2: moved to heap: x
call_result_level.go:11:13: []*int{...} does not escape
