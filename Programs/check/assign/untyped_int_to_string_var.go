// errorcheck

package main

func main() {
	var s string = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration"
	_ = s
}
