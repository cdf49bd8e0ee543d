// errorcheck

package main

func main() {
	f := func() {
		y := "s" // ERROR "declared and not used: y"
	}
	f()
}
