// errorcheck

package main

func main() {
	x := (1 + 2 // ERROR "syntax error: unexpected newline, expected \)"
	_ = x // ERROR "syntax error: unexpected name _ at end of statement"
}
