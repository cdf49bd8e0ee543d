// errorcheck

package main

func main() {
	_ = []byte(5) // ERROR "cannot convert 5 \(untyped int constant\) to type \[\]byte"
}
