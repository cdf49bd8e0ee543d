// errorcheck

// A non-constant shift's untyped left operand takes the type it would have
// alone: in an interface or untyped context its default type, so a float
// constant there cannot be shifted.
package main

var s uint = 3

var m32 map[float32]string

func main() {
	println(2.0 << s) // ERROR "invalid operation: shifted operand 2\.0 \(type float64\) must be integer"
	_ = 1. << s       // ERROR "invalid operation: shifted operand 1\. \(type float64\) must be integer"
	var i interface{} = 2.0 << s // ERROR "invalid operation: shifted operand 2\.0 \(type float64\) must be integer"
	_ = i
	var j any = 1 << s
	_ = j
	var k = 1 << s
	_ = k
	delete(m32, 1<<s) // ERROR "invalid operation: shifted operand 1 \(type float32\) must be integer"
}
