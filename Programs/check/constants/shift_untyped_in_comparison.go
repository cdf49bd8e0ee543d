// errorcheck

package main

func main() {
	s := uint(2)
	var f float64
	_ = f == 1<<s // ERROR "invalid operation: shifted operand 1 \(type float64\) must be integer"
	_ = 1<<s == 1.5 // ERROR "invalid operation: shifted operand 1 \(type float64\) must be integer"
	var i int
	_ = i == 1<<s
}
