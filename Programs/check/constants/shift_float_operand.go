// errorcheck

package main

func main() {
	x := 1.5 << 2 // ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer"
	_ = x
}
