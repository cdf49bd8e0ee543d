// errorcheck

package main

func main() {
	switch 1 {
	case 1:
		fallthrough // ERROR "fallthrough statement out of place"
		println("after")
	case 2:
	}
}
