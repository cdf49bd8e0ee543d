// run

package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs <-chan int, results chan<- [2]int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- [2]int{j, j * j * id / id}
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan [2]int, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= 9; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	sq := make([]int, 10)
	for r := range results {
		sq[r[0]] = r[1]
	}
	fmt.Println(sq)
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for i := range 100 {
		wg2.Go(func() {
			mu.Lock()
			total += i
			mu.Unlock()
		})
	}
	wg2.Wait()
	fmt.Println(total)
}
