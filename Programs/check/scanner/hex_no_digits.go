// errorcheck

package main

func main() {
	x := 0x // ERROR "hexadecimal literal has no digits"
	_ = x
}
