// errorcheck

package main

func main() {
	ch := make(chan<- int)
	for v := range ch { // ERROR "cannot range over ch \(variable of type chan<- int\): receive from send-only channel chan<- int"
		_ = v
	}
}
