// errorcheck

package main

func main() {
	f := func() int { return "s" } // ERROR "cannot use \"s\" \(untyped string constant\) as int value in return statement"
	g := func() (int, error) { return 1 } // ERROR "not enough return values"
	h := func() { return 1 } // ERROR "too many return values"
	var k func() string = func() string { return 'x' } // ERROR "cannot use 'x' \(untyped rune constant 120\) as string value in return statement"
	_, _, _, _ = f, g, h, k
}
