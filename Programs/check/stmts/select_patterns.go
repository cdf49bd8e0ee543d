// run

package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan string, 1)
	var nilch chan int
	select {
	case v := <-a:
		fmt.Println("a", v)
	case nilch <- 1:
		fmt.Println("never")
	default:
		fmt.Println("nothing ready")
	}
	a <- 7
	select {
	case v, ok := <-a:
		fmt.Println("a", v, ok)
	case s := <-b:
		fmt.Println("b", s)
	}
	b <- "hi"
	var got string
	select {
	case got = <-b:
	}
	fmt.Println(got)
	close(a)
	for i := 0; i < 2; i++ {
		select {
		case v, ok := <-a:
			fmt.Println("closed recv", v, ok)
		}
	}
	done := make(chan struct{})
	res := make(chan int)
	go func() {
		defer close(done)
		for v := range res {
			fmt.Println("worker got", v)
		}
	}()
	for i := range 3 {
		select {
		case res <- i:
		}
	}
	close(res)
	<-done
}
