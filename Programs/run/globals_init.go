// run

package main

import "fmt"

var (
	a = b + 1
	b = f(10)
	c, d = pair()
	total int
	names = []string{"x", "y"}
)

func f(n int) int {
	fmt.Println("f called with", n)
	return n * 2
}

func pair() (int, string) { return a * 10, "d" }

func init() {
	total = a + b
	fmt.Println("init 1:", a, b, c, d)
}

func init() {
	names = append(names, "z")
	fmt.Println("init 2:", total, names)
}

func main() {
	total++
	fmt.Println("main:", total, len(names))
}
