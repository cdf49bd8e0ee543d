// errorcheck

package main

func main() {
	x := 08 // ERROR "invalid digit '8' in octal literal"
	_ = x
}
