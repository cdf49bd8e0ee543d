pointer_chain.go:9:8: leaking param content: ppp
pointer_chain.go:13:8: leaking param: pp to result ~r0 level=0
pointer_chain.go:17:8: leaking param: pp to result ~r0 level=1
