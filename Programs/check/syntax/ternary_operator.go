// errorcheck

package main

func main() {
	a := 1
	b := a > 0 ? 1 : 2 // ERROR "invalid character U\+003F '\?'" "syntax error: unexpected literal 1 at end of statement"
	_ = b
}
