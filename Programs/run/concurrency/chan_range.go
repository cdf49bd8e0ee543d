// run

// for-range over channels: ends at close, break leaves values behind, range over closed empty and over channel of channels.
package main

import "fmt"

func gen(n int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := range n {
			c <- i
		}
	}()
	return c
}

func main() {
	total := 0
	for v := range gen(10) {
		total += v
	}
	fmt.Println("total", total)

	// range without a variable just counts
	count := 0
	for range gen(7) {
		count++
	}
	fmt.Println("count", count)

	// break out early: the rest stays in the buffer
	b := make(chan int, 5)
	for i := range 5 {
		b <- i * 10
	}
	close(b)
	for v := range b {
		fmt.Println("got", v)
		if v == 20 {
			break
		}
	}
	fmt.Println("left", len(b))
	for v := range b {
		fmt.Println("rest", v)
	}

	// continue skips an element but keeps ranging
	odd := []int{}
	for v := range gen(10) {
		if v%2 == 0 {
			continue
		}
		odd = append(odd, v)
	}
	fmt.Println("odd", odd)

	// closed empty channel: loop body never runs
	e := make(chan string)
	close(e)
	for s := range e {
		fmt.Println("never", s)
	}
	fmt.Println("empty range done")

	// channel of channels, each ranged in turn
	cc := make(chan chan string, 3)
	for _, w := range []string{"ab", "cde", ""} {
		c := make(chan string, len(w))
		for _, r := range w {
			c <- string(r)
		}
		close(c)
		cc <- c
	}
	close(cc)
	for c := range cc {
		s := ""
		for x := range c {
			s += x + "."
		}
		fmt.Printf("inner %q\n", s)
	}

	// ranging over a directional receive-only variable; the loop variable is per iteration
	var ro <-chan int = gen(3)
	var fs []func() int
	for v := range ro {
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
