// errorcheck

package main

func main() {
	a := 0x_FF // legal
	b := 0_x1  // ERROR "'_' must separate successive digits" "syntax error: unexpected name x1 at end of statement"
	_, _ = a, b
}
