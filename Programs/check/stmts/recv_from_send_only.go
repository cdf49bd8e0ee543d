// errorcheck

package main

func main() {
	var c chan<- int
	<-c // ERROR "invalid operation: cannot receive from send-only channel chan<- int c \(variable of type chan<- int\)"
}
