// errorcheck

package main

func main() {
	s := uint(3)
	var f float64 = 1 << s // ERROR "invalid operation: shifted operand 1 \(type float64\) must be integer"
	_ = f
}
