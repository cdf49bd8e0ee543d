// errorcheck

package main

func Send[C chan int | chan<- int](c C) {
	c <- 1
}

func Recv[C chan int | chan<- int](c C) int {
	return <-c // ERROR "invalid operation: cannot receive from c \(variable of type C constrained by chan int \| chan<- int\):"
}

func Mixed[C chan int | chan string](c C) {
	c <- 1 // ERROR "invalid operation: cannot send to c \(variable of type C constrained by chan int \| chan string\):"
}

func main() {
}
