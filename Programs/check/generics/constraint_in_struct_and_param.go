// errorcheck

package main

type Number interface {
	int | float64
}

type Box struct {
	v Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
}

func Get(n Number) {} // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"

var m map[string]Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"

func main() {
	_ = m
}
