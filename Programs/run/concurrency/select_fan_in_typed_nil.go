// run

// Fan-in with select over channels of different element types, each set to nil once closed so the loop ends when all are nil; a channel closed from the start, one never made, a closed channel that is not disabled keeps winning, and a nested select that gives one channel priority.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

func ints(n int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := 1; i <= n; i++ {
			c <- i * 10
		}
	}()
	return c
}

func words(s string) <-chan string {
	c := make(chan string)
	go func() {
		defer close(c)
		for _, w := range strings.Fields(s) {
			c <- w
		}
	}()
	return c
}

func failures(n int) <-chan error {
	c := make(chan error)
	go func() {
		defer close(c)
		for i := range n {
			c <- fmt.Errorf("failure %d", i)
		}
	}()
	return c
}

type tally struct {
	sum    int
	words  []string
	errs   []string
	closed []string
	rounds int
}

func merge(ic <-chan int, sc <-chan string, ec <-chan error) tally {
	var t tally
	for ic != nil || sc != nil || ec != nil {
		t.rounds++
		select {
		case v, ok := <-ic:
			if !ok {
				ic = nil
				t.closed = append(t.closed, "ints")
				continue
			}
			t.sum += v
		case w, ok := <-sc:
			if !ok {
				sc = nil
				t.closed = append(t.closed, "words")
				continue
			}
			t.words = append(t.words, w)
		case e, ok := <-ec:
			if !ok {
				ec = nil
				t.closed = append(t.closed, "errors")
				continue
			}
			t.errs = append(t.errs, e.Error())
		}
	}
	slices.Sort(t.closed)
	return t
}

func main() {
	t := merge(ints(10), words("one two three four five"), failures(3))
	fmt.Println("sum:", t.sum)
	fmt.Println("words in order:", t.words)
	fmt.Println("errors in order:", t.errs)
	fmt.Println("closed:", t.closed, "rounds:", t.rounds, "(values + 3 closes)")

	// a channel already closed, and one that was never made (nil from the start)
	done := make(chan error)
	close(done)
	var never chan string
	t = merge(ints(3), never, done)
	fmt.Println("sum:", t.sum, "closed:", t.closed, "rounds:", t.rounds)

	// nothing at all: the loop never runs
	t = merge(nil, nil, nil)
	fmt.Println("all nil rounds:", t.rounds)

	// without disabling, a closed channel stays ready and keeps being chosen
	closed := make(chan int)
	close(closed)
	live := make(chan int, 5)
	for i := range 5 {
		live <- i
	}
	zero, real := 0, 0
	for range 200 {
		select {
		case <-closed:
			zero++
		case v := <-live:
			real += v
		}
	}
	fmt.Println("closed chosen many times:", zero > 100, "| live values summed:", real, "| zero+5 == 200:", zero+5 == 200)

	// priority: drain `high` completely before looking at `low`, even though both are ready
	high, low := make(chan string, 4), make(chan string, 4)
	for i := range 4 {
		low <- fmt.Sprint("low", i)
		high <- fmt.Sprint("high", i)
	}
	close(high)
	close(low)
	var order []string
	for high != nil || low != nil {
		select {
		case v, ok := <-high:
			if !ok {
				high = nil
				continue
			}
			order = append(order, v)
			continue
		default:
		}
		select {
		case v, ok := <-high:
			if !ok {
				high = nil
				continue
			}
			order = append(order, v)
		case v, ok := <-low:
			if !ok {
				low = nil
				continue
			}
			order = append(order, v)
		}
	}
	fmt.Println("priority order:", order)

	// errors.Join of what a merged error stream delivered
	var all []error
	for e := range failures(2) {
		all = append(all, e)
	}
	fmt.Printf("%q\n", errors.Join(all...).Error())
}
