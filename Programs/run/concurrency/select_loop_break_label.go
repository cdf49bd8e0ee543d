// run

// A for/select loop needs a label to leave the loop: plain break only ends the select; labeled continue and a goto exit too.
package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 1; i <= 5; i++ {
			data <- i
		}
		close(quit)
	}()

	sum, breaks := 0, 0
loop:
	for {
		select {
		case v := <-data:
			if v == 3 {
				breaks++
				break // leaves only the select
			}
			sum += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("sum without 3:", sum, "plain breaks:", breaks)

	// labeled continue from inside a select in nested loops
	c := make(chan int, 20)
	for i := range 20 {
		c <- i
	}
	close(c)
	var kept []int
outer:
	for round := 0; ; round++ {
		for {
			select {
			case v, ok := <-c:
				if !ok {
					break outer
				}
				if v%5 == 4 {
					continue outer // next round
				}
				if v%3 == 0 {
					kept = append(kept, v*100+round)
				}
			}
		}
	}
	fmt.Println("kept:", kept)

	// goto out of a select loop
	tick := make(chan int, 3)
	tick <- 1
	tick <- 2
	tick <- 3
	n := 0
	for {
		select {
		case v := <-tick:
			n += v
			if len(tick) == 0 {
				goto done
			}
		}
	}
done:
	fmt.Println("goto total:", n)

	// break inside a switch inside a select inside a loop
	in := make(chan string, 4)
	for _, s := range []string{"a", "skip", "b", "stop"} {
		in <- s
	}
	var seen []string
read:
	for {
		select {
		case s := <-in:
			switch s {
			case "skip":
				break // the switch
			case "stop":
				break read
			default:
				seen = append(seen, s)
			}
		}
	}
	fmt.Println("seen:", seen)
}
