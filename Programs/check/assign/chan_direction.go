// errorcheck

package main

func main() {
	send := make(chan<- int)
	var recv <-chan int = send // ERROR "cannot use send \(variable of type chan<- int\) as <-chan int value in variable declaration"
	_ = recv
}
