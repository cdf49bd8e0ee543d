// errorcheck

package main

func main() {
	var a chan<- chan int
	var b chan (<-chan int)
	var c chan<- <-chan int
	a <- make(chan int)
	b <- make(chan<- int) // ERROR "cannot use make\(chan<- int\) \(value of type chan<- int\) as <-chan int value in send"
	x := <-c // ERROR "invalid operation: cannot receive from send-only channel chan<- <-chan int c \(variable of type"
	_ = x
}
