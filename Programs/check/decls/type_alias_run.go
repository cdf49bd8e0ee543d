// run

package main

import "fmt"

type Celsius = float64
type Pair[T any] = struct{ A, B T }
type IntPair = Pair[int]

type Named float64

func main() {
	var c Celsius = 21.5
	var f float64 = c
	fmt.Printf("%T %v\n", c, f)
	p := IntPair{1, 2}
	fmt.Printf("%T %v\n", p, p)
	q := Pair[string]{"a", "b"}
	fmt.Println(q.A + q.B)
	var n Named = 1
	fmt.Printf("%T\n", n)
}
