// errorcheck

package main

func main() {
	x := 0x1.8 // ERROR "hexadecimal mantissa requires a 'p' exponent"
	_ = x
}
