// errorcheck

package main

type RecvOnly <-chan int

func main() {
	s := make(chan<- int)
	_ = (<-chan int)(s) // ERROR "cannot convert s \(variable of type chan<- int\) to type <-chan int"
	_ = RecvOnly(s) // ERROR "cannot convert s \(variable of type chan<- int\) to type RecvOnly"
	c := make(chan int)
	_ = RecvOnly(c)
	_ = (chan int)(RecvOnly(c)) // ERROR "cannot convert RecvOnly\(c\) \(value of chan type RecvOnly\) to type chan int"
}
