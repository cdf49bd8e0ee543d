// errorcheck

package main

func F[T any]() {
	x := T // ERROR "T \(type\) is not an expression"
	_ = x
}

func main() {
	F[int]()
}
