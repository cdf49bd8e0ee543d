// errorcheck

package main

func main() {
	for {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}
