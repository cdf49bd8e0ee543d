// run

package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range sq(sq(gen(1, 2, 3))) {
		fmt.Println(v)
	}
	sem := make(chan struct{}, 1)
	total := 0
	done := make(chan bool)
	for i := 1; i <= 4; i++ {
		go func() {
			sem <- struct{}{}
			total += i
			<-sem
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
	fmt.Println(total)
}
