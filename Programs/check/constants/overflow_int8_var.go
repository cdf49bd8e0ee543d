// errorcheck

package main

func main() {
	var x int8 = 128 // ERROR "cannot use 128 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	_ = x
}
