// errorcheck

package main

type I interface{ M() }

type X struct{}

func (X) M() {}

type Y struct{}

func (Y) M() {}

type Z struct {
	X
	Y
}

func main() {
	var _ I = Z{} // ERROR "cannot use Z\{\} \(value of struct type Z\) as I value in variable declaration: Z does not implement I"
	Z{}.M() // ERROR "ambiguous selector Z\{\}\.M"
}
