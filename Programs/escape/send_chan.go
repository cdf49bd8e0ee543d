// errorcheck -0 -m -l

// values sent on a channel escape.

package p

func f(c chan *int, p *int) { // ERROR "c does not escape$" "leaking param: p$"
	c <- p
}

func h(c chan int) { // ERROR "c does not escape$"
	x := 1
	c <- x
}

func k(c chan []int) { // ERROR "c does not escape$"
	s := []int{1} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	c <- s
}
