// errorcheck

package main

func main() {
	var x = 1 << 100 // ERROR "cannot use 1 << 100 \(untyped int constant 1267650600228229401496703205376\) as int value in variable"
	y := 1e400 // ERROR "cannot use 1e400 \(untyped float constant 1e\+400\) as float64 value in assignment \(overflows\)"
	var z float32 = 1e40 // ERROR "cannot use 1e40 \(untyped float constant 1e\+40\) as float32 value in variable declaration \(overflows\)"
	var w = -1 << 63
	_, _, _, _ = x, y, z, w
}
