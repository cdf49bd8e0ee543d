// run

package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	id, val int
}

func main() {
	jobs := make(chan int, 10)
	out := make(chan result, 10)
	var wg sync.WaitGroup
	for w := range 3 {
		_ = w
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				out <- result{j, j * 10}
			}
		}()
	}
	for i := range 6 {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(out)
	var rs []result
	for r := range out {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].id < rs[j].id })
	fmt.Println(rs)
}
