// errorcheck

package main

type I interface{ M() }

type T struct{}

func main() {
	var a any = 1
	_ = I(a) // ERROR "cannot convert a \(variable of interface type any\) to type I: interface\{\} does not implement I"
	_ = I(T{}) // ERROR "cannot convert T\{\} \(value of struct type T\) to type I: T does not implement I \(missing method M\)"
	var i I
	_ = any(i)
	_ = int(a) // ERROR "cannot convert a \(variable of interface type any\) to type int: need type assertion"
}
