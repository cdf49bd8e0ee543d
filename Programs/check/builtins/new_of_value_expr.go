// run

package main

import "fmt"

// Since Go 1.26 the operand of new may be an expression: new(v) allocates
// a variable initialised to v.
func main() {
	p := new(42)
	s := new("hi")
	q := new(int)
	fmt.Println(*p, *s, *q)
	*p++
	fmt.Printf("%d %T %T\n", *p, p, s)
}
