// errorcheck

package main

func main() {
	s := make(chan<- int)
	var r <-chan int = s // ERROR "cannot use s \(variable of type chan<- int\) as <-chan int value in variable declaration"
	var c chan int = r // ERROR "cannot use r \(variable of type <-chan int\) as chan int value in variable declaration"
	var r2 <-chan int = make(chan int)
	_, _, _ = r, c, r2
}
