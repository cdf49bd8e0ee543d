// errorcheck

package main

type I interface{ M() }

type A struct{}

func (*A) M() {}

type B struct{ A }

type C struct{ *A }

type D struct{ B }

func main() {
	var _ I = B{} // ERROR "cannot use B\{\} \(value of struct type B\) as I value in variable declaration: B does not implement I"
	var _ I = &B{}
	var _ I = C{}
	var _ I = D{} // ERROR "cannot use D\{\} \(value of struct type D\) as I value in variable declaration: D does not implement I"
	var _ I = &D{}
}
