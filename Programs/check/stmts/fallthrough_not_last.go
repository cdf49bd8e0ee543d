// errorcheck

package main

func main() {
	switch x := 1; x {
	case 1:
		fallthrough // ERROR "fallthrough statement out of place"
		println()
	case 2:
	}
}
