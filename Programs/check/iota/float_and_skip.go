// run

package main

import "fmt"

const (
	f0 = iota * 0.5
	f1
	f2
)

const (
	x0 = 100 - iota
	_
	x2
	x3 = iota + 0.25
)

func main() {
	fmt.Println(f0, f1, f2)
	fmt.Println(x0, x2, x3)
	fmt.Printf("%T %T\n", f1, x3)
}
