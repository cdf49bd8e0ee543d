// errorcheck

package main

func main() {
	c := make(chan int, 1)
	c <- 1
	select {
	case v := <-c: // ERROR "declared and not used: v"
	}
}
