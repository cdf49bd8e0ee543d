// errorcheck

package main

type T struct {
	Foo int
}

func main() {
	var t T
	_ = t.foo // ERROR "t\.foo undefined \(type T has no field or method foo, but does have field Foo\)"
}
