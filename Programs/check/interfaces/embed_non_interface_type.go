// errorcheck

package main

type T struct{}

type I interface {
	T
	M()
}

var x I // ERROR "cannot use type I outside a type constraint: interface contains type constraints"

func main() {
	_ = x
}
