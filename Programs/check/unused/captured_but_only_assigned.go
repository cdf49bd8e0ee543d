// errorcheck

package main

func main() {
	x := 0 // ERROR "declared and not used: x"
	func() {
		x = 5
	}()
}
