// run

package main

import (
	"fmt"
	"math"
)

func main() {
	var f float64 = 1
	fmt.Println(f/0, -f/0, math.IsNaN((f-f)/0))
	var g float32 = -2
	fmt.Println(g / 0)
	zero := 0.0
	fmt.Println(1/zero > math.MaxFloat64)
	var c complex128 = 1
	var cz complex128
	fmt.Println(c / cz)
	defer func() { fmt.Println("recovered:", recover()) }()
	n := 0
	fmt.Println(10 / n)
}
