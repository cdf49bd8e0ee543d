// errorcheck

package main

func main() {
	_ = imag("s") // ERROR "invalid argument: argument has type untyped string, expected complex type"
}
