// errorcheck

package main

type int string

func main() {
	var x int = 5 // ERROR "cannot use 5 \(untyped int constant\) as int value in variable declaration"
	var y int = "a"
	_ = y
	_ = x
	var z float64 = len("a") // ERROR "cannot use len\(\"a\"\) \(constant 1 of type int\) as float64 value in variable declaration"
	_ = z
}
