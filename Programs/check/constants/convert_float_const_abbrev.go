// errorcheck

package main

import "math"

func main() {
	const x = math.Pi * 1e10
	_ = int64(x) // ERROR "cannot convert x \(untyped float constant 3\.14159e\+10\) to type int64"
}
