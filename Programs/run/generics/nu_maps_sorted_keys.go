// run

// Word-frequency report using maps.Keys/Values/All/Collect/Insert with slices.Sorted/SortedFunc, plus a generic TopN and Invert over map types with ~map constraints.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func Count[S ~[]E, E comparable](xs S) map[E]int {
	m := make(map[E]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

type KV[K, V any] struct {
	Key K
	Val V
}

func TopN[M ~map[K]V, K cmp.Ordered, V cmp.Ordered](m M, n int) []KV[K, V] {
	keys := slices.SortedFunc(maps.Keys(m), func(a, b K) int {
		return cmp.Or(cmp.Compare(m[b], m[a]), cmp.Compare(a, b))
	})
	out := make([]KV[K, V], 0, n)
	for _, k := range keys[:min(n, len(keys))] {
		out = append(out, KV[K, V]{k, m[k]})
	}
	return out
}

func Invert[M ~map[K]V, K, V comparable](m M) map[V][]K {
	inv := map[V][]K{}
	for k, v := range m {
		inv[v] = append(inv[v], k)
	}
	return inv
}

type Freq map[string]int

func (f Freq) Total() (n int) {
	for v := range maps.Values(f) {
		n += v
	}
	return
}

const text = `the cat sat on the mat the dog sat on the log
a cat and a dog met on a mat`

func main() {
	words := strings.Fields(text)
	freq := Freq(Count(words))
	fmt.Println("distinct", len(freq), "total", freq.Total())
	fmt.Println(slices.Sorted(maps.Keys(freq)))
	fmt.Println(slices.Sorted(maps.Values(freq)))

	for _, kv := range TopN(freq, 4) {
		fmt.Printf("%-4s %d\n", kv.Key, kv.Val)
	}
	inv := Invert(freq)
	for _, n := range slices.Backward(slices.Sorted(maps.Keys(inv))) {
		ks := inv[n]
		slices.Sort(ks)
		fmt.Println(n, ks)
	}

	lengths := Count(slices.Collect(func(yield func(int) bool) {
		for _, w := range words {
			if !yield(len(w)) {
				return
			}
		}
	}))
	fmt.Println(lengths)

	extra := map[string]int{"bird": 1, "cat": 10}
	merged := maps.Clone(freq)
	maps.Insert(merged, maps.All(extra))
	fmt.Println(merged["cat"], merged["bird"], len(merged), len(freq))
	fmt.Println(maps.Equal(freq, merged), maps.EqualFunc(freq, maps.Clone(freq), func(a, b int) bool { return a == b }))

	onlyRare := maps.Collect(func(yield func(string, int) bool) {
		for k, v := range freq {
			if v == 1 && !yield(strings.ToUpper(k), v) {
				return
			}
		}
	})
	fmt.Println(onlyRare)
	maps.DeleteFunc(merged, func(k string, v int) bool { return v < 3 })
	fmt.Println(merged)

	byInitial := map[byte][]string{}
	for _, w := range slices.Compact(slices.Sorted(slices.Values(words))) {
		byInitial[w[0]] = append(byInitial[w[0]], w)
	}
	for _, b := range slices.Sorted(maps.Keys(byInitial)) {
		fmt.Printf("%c:%v ", b, byInitial[b])
	}
	fmt.Println()
}
