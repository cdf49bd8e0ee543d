// errorcheck

package main

type T struct{}

func main() {
	var t T
	t.Foo() // ERROR "t\.Foo undefined \(type T has no field or method Foo\)"
}
