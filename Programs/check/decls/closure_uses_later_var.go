// errorcheck

package main

func main() {
	f := func() int { return x } // ERROR "undefined: x"
	x := 1
	_ = f
	_ = x
	g := func() int { return g() } // ERROR "undefined: g"
	_ = g
}
