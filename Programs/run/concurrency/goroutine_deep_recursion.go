// run

// Deep recursion inside goroutines grows their stacks: depth 100000 in one goroutine and several concurrent deep recursions.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

// a frame with some locals so the stack must grow more
func sumFrames(n int, acc [8]int) int {
	if n == 0 {
		return acc[0] + acc[7]
	}
	acc[n%8] += n
	return sumFrames(n-1, acc)
}

type node struct {
	next *node
	v    int
}

func walk(n *node) int {
	if n == nil {
		return 0
	}
	return n.v + walk(n.next)
}

func main() {
	done := make(chan int)
	go func() { done <- depth(100000) }()
	fmt.Println("depth in goroutine:", <-done)

	var wg sync.WaitGroup
	var mu sync.Mutex
	var results []int
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := sumFrames(i*25000, [8]int{})
			mu.Lock()
			results = append(results, r)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(results)
	fmt.Println("concurrent frames:", results)

	// a long linked list walked recursively in a goroutine
	var head *node
	for i := range 50000 {
		head = &node{head, i % 7}
	}
	total := make(chan int)
	go func() { total <- walk(head) }()
	fmt.Println("list walk:", <-total)

	// a goroutine started from deep inside a recursion
	var spawn func(n int, out chan<- int)
	spawn = func(n int, out chan<- int) {
		if n == 0 {
			go func() { out <- depth(50000) }()
			return
		}
		spawn(n-1, out)
	}
	out := make(chan int)
	spawn(10000, out)
	fmt.Println("spawned from depth 10000:", <-out)
}
