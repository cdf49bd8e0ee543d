// errorcheck

package main

func main() {
	x := 1.5p3 // ERROR "'p' exponent requires hexadecimal mantissa"
	_ = x
}
