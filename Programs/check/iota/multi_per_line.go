// run

package main

import "fmt"

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	p = iota * iota
	q
	r = "str"
	s
	t = iota
)

func main() {
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(p, q, r, s, t)
}
