// run

package main

import "fmt"

var trace []string

var a = record("var a", b+1)
var b = record("var b", 10)

func record(s string, v int) int {
	trace = append(trace, fmt.Sprint(s, "=", v))
	return v
}

func init() {
	trace = append(trace, "init 1")
}

type T struct{}

func (T) init() string { return "method init" }

func init() {
	trace = append(trace, "init 2", T{}.init())
}

func main() {
	for _, s := range trace {
		fmt.Println(s)
	}
	fmt.Println(a, b)
}
