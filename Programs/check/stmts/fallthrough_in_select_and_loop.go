// errorcheck

package main

func main() {
	ch := make(chan int)
	select {
	case <-ch:
		fallthrough // ERROR "fallthrough statement out of place"
	default:
	}
	for {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}
