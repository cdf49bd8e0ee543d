// run

package main

import "fmt"

func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- i * i
		}
	}()
	return ch
}

func main() {
	for v := range producer(4) {
		fmt.Println(v)
	}
	buf := make(chan string, 2)
	buf <- "a"
	buf <- "b"
	fmt.Println(len(buf), cap(buf))
	close(buf)
	x, ok := <-buf
	fmt.Println(x, ok)
	<-buf
	y, ok := <-buf
	fmt.Printf("%q %v\n", y, ok)
	done := make(chan struct{})
	go func() {
		fmt.Println("goroutine ran")
		close(done)
	}()
	<-done
}
