// run

// Fan-in: several generator goroutines merged into one channel; results sorted before printing, totals per source.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type msg struct {
	src string
	n   int
}

func source(name string, n int) <-chan msg {
	c := make(chan msg)
	go func() {
		defer close(c)
		for i := range n {
			c <- msg{name, i}
		}
	}()
	return c
}

func merge(cs ...<-chan msg) <-chan msg {
	out := make(chan msg)
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range c {
				out <- m
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	var all []msg
	perSource := map[string]int{}
	lastSeen := map[string]int{"alpha": -1, "beta": -1, "gamma": -1}
	inOrder := true
	for m := range merge(source("alpha", 4), source("beta", 6), source("gamma", 3)) {
		all = append(all, m)
		perSource[m.src]++
		if m.n != lastSeen[m.src]+1 {
			inOrder = false
		}
		lastSeen[m.src] = m.n
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].src != all[j].src {
			return all[i].src < all[j].src
		}
		return all[i].n < all[j].n
	})
	var parts []string
	for _, m := range all {
		parts = append(parts, fmt.Sprintf("%s%d", m.src[:1], m.n))
	}
	fmt.Println(strings.Join(parts, " "))
	fmt.Println("per source:", perSource, "each source in its own order:", inOrder)

	// fan-in of fan-in
	inner1 := merge(source("a", 10), source("b", 10))
	inner2 := merge(source("c", 10))
	sum := 0
	for m := range merge(inner1, inner2) {
		sum += m.n
	}
	fmt.Println("nested merge sum:", sum)

	// merging no channels closes immediately
	n := 0
	for range merge() {
		n++
	}
	fmt.Println("empty merge:", n)
}
