call_chain.go:9:11: leaking param: p
call_chain.go:11:11: leaking param: p
call_chain.go:13:11: p does not escape
call_chain.go:16:2: moved to heap: x
