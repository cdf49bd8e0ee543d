// errorcheck

package main

func main() {
	x := int // ERROR "int \(type\) is not an expression"
	_ = x
}
