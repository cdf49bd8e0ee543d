// run

package main

import "fmt"

func main() {
	x := 1
	inc := func() int { x++; return x }
	fmt.Println(inc(), inc(), x)
	{
		x := 100
		fmt.Println(inc(), x)
	}
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	if x := "shadow"; len(x) > 0 {
		fmt.Println(x)
	} else if y := x + "!"; true {
		fmt.Println(y)
	}
	fmt.Println(x)
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			a, b = b, a+b
			return a
		}
	}()
	for range 6 {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
}
