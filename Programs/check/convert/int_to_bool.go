// errorcheck

package main

func main() {
	_ = bool(1) // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
}
