// errorcheck

package main

type I interface{ M() }

type T struct{}

func (T) M() {}

func main() {
	var i I = T{}
	_ = i == 1 // ERROR "invalid operation: i == 1 \(mismatched types I and untyped int\)"
}
