// errorcheck

package main

func main() {
	var r <-chan int
	var s chan<- int
	select {
	case r <- 1: // ERROR "invalid operation: cannot send to receive-only channel <-chan int r \(variable of type <-chan int\)"
	case v := <-s: // ERROR "invalid operation: cannot receive from send-only channel chan<- int s \(variable of type chan<- int\)"
		_ = v
	}
}
