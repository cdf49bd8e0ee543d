// run

package main

import "fmt"

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

func f(name string, v int) int {
	fmt.Println("init", name)
	return v + d
}

func init() {
	fmt.Println("init func 1", a, b, c)
}

func init() {
	fmt.Println("init func 2")
}

func main() {
	fmt.Println("main", a)
}
