// run

package main

import "fmt"

type T struct{ name string }

func (t T) Close() { fmt.Println("close", t.name) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func main() {
	for i := range 3 {
		defer fmt.Println("deferred", i)
	}
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	defer func() { fmt.Println("x at exit:", x) }()
	defer un(trace("main"))
	t := T{"a"}
	defer t.Close()
	t.name = "b"
	fmt.Println("body")
}
