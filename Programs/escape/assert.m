assert.go:9:8: leaking param: i to result ~r0 level=0
assert.go:13:8: leaking param: i to result ~r0 level=0
assert.go:17:8: i does not escape
