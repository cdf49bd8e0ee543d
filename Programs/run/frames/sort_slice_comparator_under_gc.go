// run

// sort.Slice with a frame closure boxed into the library's heap interface
// while another goroutine collects.
package main

import (
	"fmt"
	"runtime"
	"sort"
)

type key struct{ k int }

var freed int

func keysFor(n int) []*key {
	ks := make([]*key, n)
	for i := range ks {
		ks[i] = &key{(i * 7919) % n}
		runtime.SetFinalizer(ks[i], func(*key) { freed++ })
	}
	return ks
}

var sink [][]byte

func background(stop chan bool) {
	for {
		select {
		case <-stop:
			return
		default:
		}
		for i := 0; i < 100; i++ {
			sink = append(sink, make([]byte, 1024))
			if len(sink) > 100 {
				sink = sink[1:]
			}
		}
		runtime.GC()
	}
}

func sorted(items []int) {
	keys := keysFor(len(items))
	sort.Slice(items, func(i, j int) bool {
		return keys[items[i]].k < keys[items[j]].k
	})
}

func main() {
	stop := make(chan bool)
	go background(stop)
	items := make([]int, 20000)
	for i := range items {
		items[i] = i
	}
	sorted(items)
	stop <- true
	fmt.Println(freed > 0 && false, items[:5])
}
