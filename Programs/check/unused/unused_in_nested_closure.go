// errorcheck

package main

func main() {
	f := func() func() {
		a := 1
		return func() {
			b := a
			c := 2 // ERROR "declared and not used: c"
			_ = b
		}
	}
	_ = f
}
