// errorcheck

package main

func main() {
	x := 0b // ERROR "binary literal has no digits"
	_ = x
}
