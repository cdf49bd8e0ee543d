// run

package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func main() {
	c := counter()
	c()
	c()
	fmt.Println(c(), counter()())
	add5 := adder(5)
	fmt.Println(add5(10), adder(1)(1))
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	fib := func(n int) int { return n }
	var rec func(int) int
	rec = func(n int) int {
		if n < 2 {
			return n
		}
		return rec(n-1) + rec(n-2)
	}
	fmt.Println(fib(3), rec(15))
	total := 0
	for _, v := range []int{1, 2, 3} {
		func() { total += v }()
	}
	fmt.Println(total)
}
