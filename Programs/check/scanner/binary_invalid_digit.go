// errorcheck

package main

func main() {
	x := 0b12 // ERROR "invalid digit '2' in binary literal"
	_ = x
}
