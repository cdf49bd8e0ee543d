// run

package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	ch <- 5
	select {
	case v, ok := <-ch:
		fmt.Println("got", v, ok)
	default:
		fmt.Println("empty")
	}
	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("impossible")
	case ch <- 6:
		fmt.Println("sent to ch")
	}
	fmt.Println(<-ch)
	results := make(chan string)
	quit := make(chan bool)
	go func() {
		for i := range 3 {
			results <- fmt.Sprint("r", i)
		}
		quit <- true
	}()
	for {
		select {
		case r := <-results:
			fmt.Println(r)
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}
