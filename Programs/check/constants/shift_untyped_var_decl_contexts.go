// errorcheck

package main

func main() {
	s := uint(3)
	var f float64 = 1 << s // ERROR "invalid operation: shifted operand 1 \(type float64\) must be integer"
	var g = 1.0 << s // ERROR "invalid operation: shifted operand 1\.0 \(type float64\) must be integer"
	var c complex128 = 1 << s // ERROR "invalid operation: shifted operand 1 \(type complex128\) must be integer"
	var i int = 1 << s
	_, _, _, _ = f, g, c, i
}
