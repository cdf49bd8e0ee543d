// run

package main

import (
	"fmt"
	"math"
)

type Level int

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max('a', 'b'))
	fmt.Println(min("banana", "apple", "cherry"), max("", "a"))
	fmt.Println(min(math.NaN(), 1), max(-0.0, 0.0), min(math.Inf(-1), 0))
	var l Level = 4
	fmt.Printf("%T %v\n", max(l, 2), max(l, 2))
	const c = min(1, 2.5, 'x')
	fmt.Printf("%T %v\n", c, c)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	var nm map[int]int
	clear(nm)
	var x uint8 = max(200, 255)
	fmt.Println(x)
}
