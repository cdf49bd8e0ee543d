// errorcheck

package main

func main() {
	f := func(x int) int {
		if x > 0 {
			return 1
		}
	} // ERROR "missing return"
	g := func() int {
		for {
			break
		}
	} // ERROR "missing return"
	h := func() int {
		select {}
	}
	k := func(ch chan int) int {
		for {
			select {
			case <-ch:
				return 1
			}
		}
	}
	_, _, _, _ = f, g, h, k
}
