// run

// Closing a buffered channel keeps its values: receivers drain them, then get zero values with ok=false forever.
package main

import "fmt"

type point struct{ X, Y int }

func main() {
	c := make(chan int, 3)
	c <- 10
	c <- 20
	c <- 30
	close(c)
	for i := range 5 {
		v, ok := <-c
		fmt.Println(i, v, ok)
	}

	// zero values of several element types
	s := make(chan string, 1)
	s <- "last"
	close(s)
	a, ok1 := <-s
	b, ok2 := <-s
	fmt.Printf("%q %v %q %v\n", a, ok1, b, ok2)

	p := make(chan *point, 1)
	p <- &point{1, 2}
	close(p)
	fmt.Println(*<-p, <-p == nil)

	st := make(chan point)
	close(st)
	fmt.Printf("%+v\n", <-st)

	e := make(chan error)
	close(e)
	err, ok := <-e
	fmt.Println(err, ok)

	sl := make(chan []int)
	close(sl)
	x := <-sl
	fmt.Println(x == nil, len(x))

	// a closed channel is always ready in select
	done := make(chan struct{})
	close(done)
	n := 0
	for range 100 {
		select {
		case <-done:
			n++
		default:
		}
	}
	fmt.Println("ready 100 times:", n)

	// receivers blocked on an empty channel all wake up at close
	w := make(chan int)
	res := make(chan string)
	for range 3 {
		go func() {
			v, ok := <-w
			res <- fmt.Sprint(v, ok)
		}()
	}
	close(w)
	for range 3 {
		fmt.Println("woken:", <-res)
	}

	// close while values are pending, read by another goroutine
	q := make(chan int, 10)
	sum := make(chan int)
	go func() {
		t := 0
		for v := range q {
			t += v
		}
		sum <- t
	}()
	for i := 1; i <= 10; i++ {
		q <- i
	}
	close(q)
	fmt.Println("sum after close:", <-sum)
}
