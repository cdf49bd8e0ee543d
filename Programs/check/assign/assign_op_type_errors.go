// errorcheck

package main

func main() {
	s := "a"
	s += 1 // ERROR "invalid operation: s \+= 1 \(mismatched types string and untyped int\)"
	s -= "b" // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	b := true
	b += true // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	var f float64 = 1
	f %= 2 // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	f <<= 1 // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	var i int
	i += 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to int"
	i &^= 1
}
