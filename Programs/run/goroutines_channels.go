// run

package main

import "fmt"

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func worker(id int, jobs <-chan int, results chan<- string) {
	for j := range jobs {
		results <- fmt.Sprintf("w%d:%d", id, j)
	}
}

func main() {
	ch := make(chan int)
	go producer(5, ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum", sum)
	buf := make(chan string, 3)
	buf <- "a"
	buf <- "b"
	fmt.Println(len(buf), cap(buf), <-buf, <-buf)
	jobs := make(chan int, 10)
	results := make(chan string, 10)
	go worker(1, jobs, results)
	for i := 0; i < 4; i++ {
		jobs <- i
	}
	close(jobs)
	for i := 0; i < 4; i++ {
		fmt.Println(<-results)
	}
	done := make(chan bool)
	counter := 0
	for i := 0; i < 3; i++ {
		go func() {
			counter += i
			done <- true
		}()
		<-done
	}
	fmt.Println("counter", counter)
	v, ok := <-ch
	fmt.Println(v, ok)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(ch)
	}()
	var block chan int
	fmt.Println("about to deadlock")
	<-block
}
