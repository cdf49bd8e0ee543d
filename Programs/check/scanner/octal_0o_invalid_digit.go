// errorcheck

package main

func main() {
	x := 0o79 // ERROR "invalid digit '9' in octal literal"
	_ = x
}
