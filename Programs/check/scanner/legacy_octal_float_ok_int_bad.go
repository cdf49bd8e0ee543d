// errorcheck

package main

func main() {
	a := 09.5 // legal: decimal float with leading zeros
	b := 09   // ERROR "invalid digit '9' in octal literal"
	_, _ = a, b
}
