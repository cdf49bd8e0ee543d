// errorcheck

package main

import "math"

func main() {
	s := uint(2)
	_ = math.Sqrt(1 << s) // ERROR "invalid operation: shifted operand 1 \(type float64\) must be integer"
	_ = math.Abs(2.0 << s) // ERROR "invalid operation: shifted operand 2\.0 \(type float64\) must be integer"
	_ = float32(1 << s) // ERROR "invalid operation: shifted operand 1 \(type float32\) must be integer"
	var x = int64(1 << s)
	_ = x
}
