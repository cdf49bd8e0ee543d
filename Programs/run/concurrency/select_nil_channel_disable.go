// run

// Setting a channel variable to nil disables its select case: merging two streams until both are closed.
package main

import (
	"fmt"
	"sort"
)

func stream(prefix string, n int) chan string {
	c := make(chan string)
	go func() {
		for i := range n {
			c <- fmt.Sprint(prefix, i)
		}
		close(c)
	}()
	return c
}

func main() {
	a, b := stream("a", 3), stream("b", 5)
	var got []string
	closes := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closes++
				continue
			}
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				closes++
				continue
			}
			got = append(got, v)
		}
	}
	sort.Strings(got)
	fmt.Println(got, "closes seen:", closes)

	// a nil send case is never chosen, even with default absent and another case ready
	var nilSend chan int
	ready := make(chan int, 1)
	ready <- 1
	for range 100 {
		select {
		case nilSend <- 1:
			fmt.Println("never")
		case v := <-ready:
			ready <- v
		}
	}
	fmt.Println("nil send never chosen")

	// only nil cases plus default: default every time
	var n1 chan int
	var n2 chan string
	d := 0
	for range 10 {
		select {
		case <-n1:
		case n2 <- "x":
		default:
			d++
		}
	}
	fmt.Println("default taken", d)

	// enabling a case later by assigning a real channel
	var out chan int
	buf := []int{1, 2, 3}
	res := make(chan int, 3)
	in := make(chan int)
	go func() {
		for v := range in {
			res <- v * 100
		}
		close(res)
	}()
	for len(buf) > 0 {
		out = in // enabled only while there is something to send
		select {
		case out <- buf[0]:
			buf = buf[1:]
		}
	}
	close(in)
	for v := range res {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
