// errorcheck

package main

var c comparable // ERROR "cannot use type comparable outside a type constraint: interface is \(or embeds\) comparable"

func f(x comparable) {} // ERROR "cannot use type comparable outside a type constraint: interface is \(or embeds\) comparable"

func main() {
	_ = c
}
