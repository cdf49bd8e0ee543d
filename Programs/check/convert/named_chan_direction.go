// errorcheck

package main

type Queue chan int
type RO <-chan int

func main() {
	q := make(Queue)
	_ = RO(q)            // ERROR "cannot convert q \(variable of chan type Queue\) to type RO"
	_ = RO((chan int)(q)) // a bidirectional channel value converts to a receive-only type
}
