// Worker pool.
//
// A fixed number of workers (3) take jobs from one shared jobs channel until
// it is closed. However many jobs there are, at most 3 run at once. Each
// result, value or error, is written to results[job.id]: every job has its
// own slot, so the workers never write the same element and need no lock,
// and main reads the slice only after wg.Wait(), which makes the workers'
// writes visible to it.
//
// Look for: the results in job order even though the jobs finish in any
// order, and the errors kept next to the job that caused them. Without
// wg.Wait() main could print the slice while workers are still filling it
// (a data race: missing or partial results).
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type job struct {
	id    int
	input string
}

type result struct {
	worker int
	value  int
	err    error
}

var errNegative = errors.New("negative input")

// process parses the input and returns its square, or an error.
func process(input string) (int, error) {
	n, err := strconv.Atoi(input)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, fmt.Errorf("%d: %w", n, errNegative)
	}
	return n * n, nil
}

func main() {
	inputs := []string{"3", "12", "x", "7", "-4", "100", "2.5", "9", "0", "-1"}
	const workers = 3

	jobs := make(chan job)
	results := make([]result, len(inputs)) // indexed by job id
	var wg sync.WaitGroup
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				v, err := process(j.input)
				results[j.id] = result{worker: w, value: v, err: err}
			}
		}()
	}

	for id, in := range inputs {
		jobs <- job{id: id, input: in}
	}
	close(jobs) // no more jobs: each worker's range loop ends
	wg.Wait()   // all workers have returned; results is complete

	failed, negative, used := 0, 0, map[int]bool{}
	for id, r := range results {
		used[r.worker] = true
		if r.err != nil {
			failed++
			if errors.Is(r.err, errNegative) {
				negative++
			}
			fmt.Printf("job %d (%q): error: %v\n", id, inputs[id], r.err)
			continue
		}
		fmt.Printf("job %d (%q): %d\n", id, inputs[id], r.value)
	}
	fmt.Printf("%d jobs, %d ok, %d failed (%d negative)\n", len(results), len(results)-failed, failed, negative)
	fmt.Println("jobs ran on at most", workers, "workers:", len(used) <= workers)
}

// Output:
// job 0 ("3"): 9
// job 1 ("12"): 144
// job 2 ("x"): error: strconv.Atoi: parsing "x": invalid syntax
// job 3 ("7"): 49
// job 4 ("-4"): error: -4: negative input
// job 5 ("100"): 10000
// job 6 ("2.5"): error: strconv.Atoi: parsing "2.5": invalid syntax
// job 7 ("9"): 81
// job 8 ("0"): 0
// job 9 ("-1"): error: -1: negative input
// 10 jobs, 6 ok, 4 failed (2 negative)
// jobs ran on at most 3 workers: true
