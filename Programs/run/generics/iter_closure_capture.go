// run

// Closures capturing range-over-func loop variables (per-iteration semantics), and closures capturing outer vars mutated in the body.

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Pairs(n int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := 0; i < n; i++ {
			if !yield(i, fmt.Sprint("s", i)) {
				return
			}
		}
	}
}

func main() {
	var fs []func() string
	for i, s := range Pairs(4) {
		fs = append(fs, func() string { return fmt.Sprint(i, s) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := range Pairs(3) {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	total := 0
	add := func(n int) { total += n }
	for i := range Pairs(5) {
		add(i)
		i *= 100
		add(i)
	}
	fmt.Println("total", total)
	counters := map[string]func() int{}
	for _, s := range Pairs(3) {
		c := 0
		counters[s] = func() int { c++; return c }
	}
	counters["s1"]()
	counters["s1"]()
	for _, k := range slices.Sorted(maps.Keys(counters)) {
		fmt.Println(k, counters[k]())
	}
	acc := ""
	for i, s := range Pairs(3) {
		func() {
			defer func() { acc += fmt.Sprint("(", i, ")") }()
			acc += s
		}()
	}
	fmt.Println(acc)
}
