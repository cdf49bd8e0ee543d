// errorcheck

package main

func main() {
	x := 1
	y := "a"
	_ = x + y // ERROR "invalid operation: x \+ y \(mismatched types int and string\)"
}
