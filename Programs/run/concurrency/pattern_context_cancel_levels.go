// run

// Cancelling a context reaches goroutines three levels down: every level sees ctx.Done, reports context.Canceled, and all join.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type report struct {
	mu    sync.Mutex
	lines []string
}

func (r *report) add(s string) { r.mu.Lock(); r.lines = append(r.lines, s); r.mu.Unlock() }

// level starts `fan` children one level deeper (until depth 3), then waits for cancellation.
func level(ctx context.Context, name string, depth, fan int, ready, wg *sync.WaitGroup, r *report) {
	defer wg.Done()
	if depth < 3 {
		child, cancel := context.WithCancel(ctx) // a context per level
		defer cancel()
		for i := range fan {
			wg.Add(1)
			ready.Add(1)
			go level(child, fmt.Sprintf("%s.%d", name, i), depth+1, fan, ready, wg, r)
		}
	}
	ready.Done()
	<-ctx.Done()
	r.add(fmt.Sprintf("L%d %s: %v", depth, name, ctx.Err()))
}

func main() {
	root, cancel := context.WithCancel(context.Background())
	var wg, ready sync.WaitGroup
	r := &report{}
	for i := range 2 {
		wg.Add(1)
		ready.Add(1)
		go level(root, fmt.Sprint("g", i), 1, 2, &ready, &wg, r)
	}
	ready.Wait()
	fmt.Println("tree running, nothing cancelled yet:", len(r.lines), root.Err())
	cancel()
	wg.Wait()
	sort.Strings(r.lines)
	for _, l := range r.lines {
		fmt.Println(l)
	}
	fmt.Println("stopped:", len(r.lines), errors.Is(root.Err(), context.Canceled))

	// cancelling a middle context stops only its subtree
	top, stopTop := context.WithCancel(context.Background())
	mid, stopMid := context.WithCancel(top)
	leaf, stopLeaf := context.WithCancel(mid)
	defer stopLeaf()
	sibling, stopSibling := context.WithCancel(top)
	defer stopSibling()
	stopMid()
	<-leaf.Done()
	fmt.Println("after mid cancel: top", top.Err(), "| mid", mid.Err(), "| leaf", leaf.Err(), "| sibling", sibling.Err())
	stopTop()
	<-sibling.Done()
	fmt.Println("after top cancel: sibling", sibling.Err(), context.Cause(sibling))
}
