// errorcheck

package main

func main() {
	var u uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	const n = -2
	_ = 1 << n // ERROR "invalid operation: negative shift count n \(untyped int constant -2\)"
	var x int
	_ = x << -1 // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = x >> 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to uint"
	_ = u
}
