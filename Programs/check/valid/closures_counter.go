// run

package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	inc, reset := counter()
	fmt.Println(inc(), inc())
	reset()
	fmt.Println(inc())
	inc2, _ := counter()
	fmt.Println(inc2())
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	adders := make([]func(int) int, 3)
	for i := range adders {
		adders[i] = func(x int) int { return x + i }
	}
	fmt.Println(adders[0](10), adders[2](10))
}
