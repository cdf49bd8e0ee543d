// errorcheck

package main

func main() {
	var c <-chan int
	close(c) // ERROR "invalid operation: cannot close receive-only channel c \(variable of type <-chan int\)"
}
