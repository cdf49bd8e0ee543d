// errorcheck

package main

type A struct{ X int }
type B struct{ Y int }

func main() {
	a := A{1}
	_ = B(a) // ERROR "cannot convert a \(variable of struct type A\) to type B"
}
