funcvalue_call.go:7:8: fn does not escape
funcvalue_call.go:7:27: leaking param: x
funcvalue_call.go:11:8: fn does not escape
