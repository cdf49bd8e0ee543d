// errorcheck

package main

func main() {
	x := 1
	_ = real(x) // ERROR "invalid argument: argument has type int, expected complex type"
}
