// run

package main

import "fmt"

func main() {
	a := 1
	b := 1.0
	c := 'x'
	d := 1i
	e := "s"
	f := true
	fmt.Printf("%T %T %T %T %T %T\n", a, b, c, d, e, f)
	var g = 1 << 3.0
	fmt.Printf("%T %v\n", g, g)
	const h = 10 / 4
	const k = 10 / 4.0
	fmt.Println(h, k)
	var i interface{} = 2.0 * 3
	fmt.Printf("%T %v\n", i, i)
}
