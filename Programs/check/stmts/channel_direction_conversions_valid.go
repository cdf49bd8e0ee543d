// run

package main

import "fmt"

type Source <-chan int
type Sink chan<- int

func produce(out chan<- int, n int) {
	for i := range n {
		out <- i * i
	}
	close(out)
}

func consume(in <-chan int) (s int) {
	for v := range in {
		s += v
	}
	return
}

func main() {
	ch := make(chan int, 5)
	var snk Sink = ch
	var src Source = ch
	go produce(snk, 5)
	fmt.Println(consume(src))
	c2 := make(chan int, 1)
	r := (<-chan int)(c2)
	s := (chan<- int)(c2)
	s <- 3
	fmt.Println(<-r, len(r), cap(s))
	fmt.Printf("%T %T\n", r, Sink(c2))
	var cc chan (<-chan int) = make(chan (<-chan int), 1)
	cc <- c2
	inner := <-cc
	c2 <- 8
	fmt.Println(<-inner)
}
