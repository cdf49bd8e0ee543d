// run

package main

import "fmt"

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	for i := range 3 {
		defer func() { fmt.Println("deferred closure", i) }()
		defer fmt.Println("deferred arg", i)
	}
	x := 10
	defer fmt.Println("x evaluated at defer:", x)
	defer func() { fmt.Println("x at exit:", x) }()
	x = 20
}
