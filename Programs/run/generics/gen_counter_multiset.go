// run

// Counter[K comparable] multiset: Add/Sub with non-positive pruning, MostCommon with deterministic tie-breaks via a key-compare func, Union/Intersect as max/min of counts, and Total.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Counter[K comparable] map[K]int

func CountOf[K comparable](items ...K) Counter[K] {
	c := Counter[K]{}
	for _, it := range items {
		c[it]++
	}
	return c
}

func (c Counter[K]) Add(o Counter[K]) Counter[K] {
	out := maps.Clone(c)
	if out == nil {
		out = Counter[K]{}
	}
	for k, n := range o {
		out[k] += n
	}
	return out
}

func (c Counter[K]) Sub(o Counter[K]) Counter[K] {
	out := Counter[K]{}
	for k, n := range c {
		if r := n - o[k]; r > 0 {
			out[k] = r
		}
	}
	return out
}

func (c Counter[K]) Union(o Counter[K]) Counter[K] {
	out := maps.Clone(c)
	for k, n := range o {
		out[k] = max(out[k], n)
	}
	return out
}

func (c Counter[K]) Intersect(o Counter[K]) Counter[K] {
	out := Counter[K]{}
	for k, n := range c {
		if m := min(n, o[k]); m > 0 {
			out[k] = m
		}
	}
	return out
}

func (c Counter[K]) Total() (t int) {
	for _, n := range c {
		t += n
	}
	return
}

type Entry[K any] struct {
	Key   K
	Count int
}

func (c Counter[K]) MostCommon(n int, keyCmp func(a, b K) int) []Entry[K] {
	es := make([]Entry[K], 0, len(c))
	for k, v := range c {
		es = append(es, Entry[K]{k, v})
	}
	slices.SortFunc(es, func(a, b Entry[K]) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), keyCmp(a.Key, b.Key))
	})
	if n >= 0 && n < len(es) {
		es = es[:n]
	}
	return es
}

func Sorted[K cmp.Ordered](c Counter[K]) string {
	parts := []string{}
	for _, k := range slices.Sorted(maps.Keys(c)) {
		parts = append(parts, fmt.Sprintf("%v:%d", k, c[k]))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

type Bigram [2]string

func cmpBigram(a, b Bigram) int {
	return cmp.Or(strings.Compare(a[0], b[0]), strings.Compare(a[1], b[1]))
}

func main() {
	text := "the cat and the hat and the bat sat on the mat"
	words := strings.Fields(text)
	wc := CountOf(words...)
	fmt.Println(Sorted(wc), wc.Total())
	fmt.Println(wc.MostCommon(3, strings.Compare))
	fmt.Println(wc.MostCommon(-1, strings.Compare)[5:])

	letters := CountOf([]rune(strings.ReplaceAll(text, " ", ""))...)
	top := letters.MostCommon(4, func(a, b rune) int { return cmp.Compare(a, b) })
	for _, e := range top {
		fmt.Printf("%c=%d ", e.Key, e.Count)
	}
	fmt.Println()

	a := CountOf("x", "x", "y", "z")
	b := CountOf("x", "y", "y", "y", "w")
	fmt.Println("add", Sorted(a.Add(b)), "sub", Sorted(a.Sub(b)), "union", Sorted(a.Union(b)), "inter", Sorted(a.Intersect(b)))
	var none Counter[string]
	fmt.Println(Sorted(none.Add(a)), Sorted(none.Sub(a)), none.Total(), len(none.MostCommon(2, strings.Compare)))

	bg := Counter[Bigram]{}
	for i := 0; i+1 < len(words); i++ {
		bg[Bigram{words[i], words[i+1]}]++
	}
	for _, e := range bg.MostCommon(3, cmpBigram) {
		fmt.Printf("%q x%d\n", e.Key, e.Count)
	}
	fmt.Printf("%T %T\n", bg, bg.MostCommon(1, cmpBigram))
}
