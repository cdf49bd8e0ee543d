// errorcheck

package main

func main() {
	var c comparable // ERROR "cannot use type comparable outside a type constraint: interface is \(or embeds\) comparable"
	_ = c
}
