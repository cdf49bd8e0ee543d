// compile

package main

// gc compiles this; `go build` then fails at link time with
// "runtime.main_main·f: function main is undeclared in the main package".

func helper() {}
