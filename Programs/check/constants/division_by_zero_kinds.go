// errorcheck

package main

func main() {
	var i int = 1
	var f float64 = 1
	var c complex128 = 1
	_ = i / 0 // ERROR "invalid operation: division by zero"
	_ = i % 0 // ERROR "invalid operation: division by zero"
	_ = f / 0
	_ = c / 0
	_ = 1.0 / 0.0 // ERROR "invalid operation: division by zero"
	_ = 1i / 0 // ERROR "invalid operation: division by zero"
	const z = 0
	_ = i / z // ERROR "invalid operation: division by zero"
}
