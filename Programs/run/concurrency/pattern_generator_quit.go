// run

// Generators as goroutines with a quit channel: the consumer takes what it needs, then quit stops the generator, which confirms with cleanup.
package main

import "fmt"

func fib(quit <-chan struct{}, cleaned chan<- string) <-chan int {
	c := make(chan int)
	go func() {
		defer func() { cleaned <- "fib cleaned up" }()
		defer close(c)
		a, b := 0, 1
		for {
			select {
			case c <- a:
				a, b = b, a+b
			case <-quit:
				return
			}
		}
	}()
	return c
}

// primes is a chain of filter goroutines (the concurrent prime sieve), all stopped by one quit channel
func primes(quit <-chan struct{}) <-chan int {
	src := make(chan int)
	go func() {
		for i := 2; ; i++ {
			select {
			case src <- i:
			case <-quit:
				return
			}
		}
	}()
	out := make(chan int)
	go func() {
		in := (<-chan int)(src)
		for {
			p := <-in
			select {
			case out <- p:
			case <-quit:
				return
			}
			next := make(chan int)
			go func(in <-chan int, next chan<- int, p int) {
				for {
					v := <-in
					if v%p != 0 {
						select {
						case next <- v:
						case <-quit:
							return
						}
					}
				}
			}(in, next, p)
			in = next
		}
	}()
	return out
}

func main() {
	quit := make(chan struct{})
	cleaned := make(chan string)
	g := fib(quit, cleaned)
	for range 15 {
		fmt.Print(<-g, " ")
	}
	fmt.Println()
	close(quit)
	fmt.Println(<-cleaned)
	// after cleanup the generator's channel is closed
	v, ok := <-g
	fmt.Println("after quit:", v, ok)

	q2 := make(chan struct{})
	ps := primes(q2)
	var got []int
	for range 20 {
		got = append(got, <-ps)
	}
	close(q2)
	fmt.Println("primes:", got)
}
