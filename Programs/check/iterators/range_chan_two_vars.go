// errorcheck

package main

func main() {
	ch := make(chan int)
	for i, v := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one iteration variable"
		_, _ = i, v
	}
}
