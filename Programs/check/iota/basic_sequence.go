// run

package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const X, Y = iota, iota + 10

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(X, Y)
}
