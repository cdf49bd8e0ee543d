// run

// A worker pool whose results come back tagged with their job index: stored by index, streamed in order through a reorder buffer (a map of early arrivals), with completion order forced backwards, and per-index errors joined in order.
package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type job struct {
	idx  int
	text string
}

type result struct {
	idx int
	out string
	err error
}

func pool(jobs []job, workers int, f func(job) (string, error)) <-chan result {
	in := make(chan job)
	out := make(chan result)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				s, err := f(j)
				out <- result{j.idx, s, err}
			}
		}()
	}
	go func() {
		for _, j := range jobs {
			in <- j
		}
		close(in)
	}()
	go func() { wg.Wait(); close(out) }()
	return out
}

// reorder emits results strictly by index, holding early ones back; it reports the most it ever held.
func reorder(results <-chan result, emit func(result)) (maxHeld int) {
	pending := map[int]result{}
	next := 0
	for r := range results {
		pending[r.idx] = r
		maxHeld = max(maxHeld, len(pending)-1)
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			emit(p)
			next++
		}
	}
	if len(pending) != 0 {
		panic("results left over")
	}
	return maxHeld
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
	jobs := make([]job, len(words))
	for i, w := range words {
		jobs[i] = job{i, w}
	}
	upper := func(j job) (string, error) { return strings.ToUpper(j.text), nil }

	// 1. results stored by index: order of arrival does not matter
	byIndex := make([]string, len(jobs))
	count := 0
	for r := range pool(jobs, 4, upper) {
		byIndex[r.idx] = r.out
		count++
	}
	fmt.Println(count, "results:", strings.Join(byIndex, " "))

	// 2. streamed through the reorder buffer
	var streamed []string
	reorder(pool(jobs, 3, upper), func(r result) { streamed = append(streamed, fmt.Sprintf("%d:%s", r.idx, r.out)) })
	fmt.Println("streamed:", streamed)

	// 3. completion forced backwards: job i may finish only after the result of job i+1 has arrived,
	//    so everything is held back until job 0 comes in last
	n := 8
	arrived := make([]chan struct{}, n+1)
	for i := range arrived {
		arrived[i] = make(chan struct{})
	}
	close(arrived[n])
	backwards := func(j job) (string, error) {
		<-arrived[j.idx+1]
		return fmt.Sprint(len(j.text)), nil
	}
	tapped := make(chan result)
	var arrival []int
	go func() {
		for r := range pool(jobs[:n], n, backwards) {
			arrival = append(arrival, r.idx)
			close(arrived[r.idx])
			tapped <- r
		}
		close(tapped)
	}()
	var ordered []string
	held := reorder(tapped, func(r result) { ordered = append(ordered, r.out) })
	fmt.Println("arrival order:", arrival)
	fmt.Println("emitted in order:", ordered, "max held back:", held)

	// 4. some jobs fail: errors joined in index order, successes kept
	check := func(j job) (string, error) {
		if len(j.text) == 3 {
			return "", fmt.Errorf("job %d (%q): too short", j.idx, j.text)
		}
		return j.text, nil
	}
	errs := make([]error, len(jobs))
	good := make([]string, len(jobs))
	for r := range pool(jobs, 5, check) {
		errs[r.idx], good[r.idx] = r.err, r.out
	}
	err := errors.Join(errs...)
	fmt.Println("joined errors:")
	fmt.Println(err)
	var kept []string
	for i, g := range good {
		if errs[i] == nil {
			kept = append(kept, g)
		}
	}
	fmt.Println("kept:", kept)
}
