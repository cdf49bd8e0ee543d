// errorcheck

package main

func main() {
	ch := make(chan int)
	x := 0
	select {
	case x = 1: // ERROR "select case must be send or receive \(possibly with assignment\)"
	case <-ch:
	}
	_ = x
}
