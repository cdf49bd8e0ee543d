// run

// Directional channel types: implicit conversion from bidirectional, %T names, functions taking send-only/receive-only parameters.
package main

import "fmt"

type Source <-chan int
type Sink chan<- int

func produce(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out) // closing a send-only channel is allowed
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func sum(in <-chan int) (t int) {
	for v := range in {
		t += v
	}
	return
}

func pipeline(n int) <-chan int {
	a, b := make(chan int), make(chan int)
	go produce(a, n)
	go square(a, b)
	return b
}

func main() {
	fmt.Println("sum of squares:", sum(pipeline(10)))

	c := make(chan int, 1)
	var s chan<- int = c
	var r <-chan int = c
	fmt.Printf("%T %T %T\n", c, s, r)
	s <- 7
	fmt.Println(<-r)

	// named directional types
	var src Source = c
	var snk Sink = c
	snk <- 8
	fmt.Printf("%T %T %d\n", src, snk, <-src)

	// comparison through different views of the same channel
	fmt.Println(s == c, r == c, any(s) == any(c), any(r) == any(r))

	// channels of directional channels
	reply := make(chan chan<- string, 1)
	rc := make(chan string, 1)
	reply <- rc
	(<-reply) <- "through a send-only element"
	fmt.Println(<-rc)
	fmt.Printf("%T\n", reply)
	var nested chan (<-chan int)
	var f func(chan<- chan int) <-chan chan<- bool
	fmt.Printf("%T | %T\n", nested, f)

	// a function value typed with directional parameters
	var stage func(<-chan int, chan<- int) = square
	in, out := make(chan int, 3), make(chan int, 3)
	in <- 2
	in <- 3
	in <- 4
	close(in)
	stage(in, out)
	fmt.Println(sum(out))
}
