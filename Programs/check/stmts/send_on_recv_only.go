// errorcheck

package main

func main() {
	var c <-chan int
	c <- 1 // ERROR "invalid operation: cannot send to receive-only channel <-chan int c \(variable of type <-chan int\)"
}
