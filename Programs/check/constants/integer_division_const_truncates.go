// errorcheck

package main

func main() {
	const x = 7 / 2 // untyped integer division: 3
	var f float64 = x
	var i int8 = 1 << 7 // ERROR "cannot use 1 << 7 \(untyped int constant 128\) as int8 value in variable declaration \(overflows\)"
	_, _ = f, i
}
