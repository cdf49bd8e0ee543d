// errorcheck

package main

type T struct{ x int }
type U T
type PT *T

func main() {
	t := &T{}
	_ = (*U)(t)
	_ = PT(t)
	var p PT = t
	_ = (*int)(t) // ERROR "cannot convert t \(variable of type \*T\) to type \*int"
	_ = (*U)(p) // ERROR "cannot convert p \(variable of pointer type PT\) to type \*U"
	_ = p
}
