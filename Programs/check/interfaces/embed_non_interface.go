// errorcheck

package main

type I interface {
	int // ok in constraints; this interface is then only a constraint
	M()
}

type J interface {
	I
}

func main() {
	var j J // ERROR "cannot use type J outside a type constraint: interface contains type constraints"
	_ = j
}
