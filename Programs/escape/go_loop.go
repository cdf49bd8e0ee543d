// errorcheck -0 -m -l

// goroutines started in a loop.

package p

func work(n int, c chan int) { c <- n } // ERROR "c does not escape$"

func f(c chan int) { // ERROR "leaking param: c$"
	for i := 0; i < 3; i++ {
		go work(i, c)
	}
}

func h(c chan int) { // ERROR "leaking param: c$"
	for i := 0; i < 3; i++ {
		go func() { c <- i }() // ERROR "func literal escapes to heap$"
	}
}
