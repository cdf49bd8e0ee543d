// run

package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min("b", "a", "c"), max("b", "a", "c"))
	fmt.Println(min(1.5, 2), max(2, 2.5))
	fmt.Println(min(math.NaN(), 1), max(-0.0, 0.0))
	const c = min(10, 2, 7)
	var x int8 = c
	fmt.Println(x)
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m))
	s := []int{1, 2, 3}
	clear(s[1:])
	fmt.Println(s, len(s))
}
