// errorcheck

package main

func main() {
	x := 1
	_ = x << -1 // ERROR "invalid shift count -1 \(untyped int constant\)|negative shift count"
}
