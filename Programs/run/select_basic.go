// run

package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		b <- "done"
		close(quit)
	}()
	for {
		select {
		case v := <-a:
			fmt.Println("a", v)
		case s, ok := <-b:
			fmt.Println("b", s, ok)
		case <-quit:
			fmt.Println("quit")
			goto out
		}
	}
out:
	c := make(chan int, 1)
	select {
	case c <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case c <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	var nilc chan int
	select {
	case <-nilc:
		fmt.Println("never")
	default:
		fmt.Println("default with nil channel")
	}
}
