// errorcheck -0 -m -l

// values received from a channel.

package p

func f(c chan *int) *int { // ERROR "c does not escape$"
	return <-c
}

func h(c chan int) int { // ERROR "c does not escape$"
	v, ok := <-c
	if !ok {
		return 0
	}
	return v
}
