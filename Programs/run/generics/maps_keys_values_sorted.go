// run

// maps.Keys, Values, All, Collect, Insert with slices.Sorted for deterministic output; word frequency.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	text := "the cat and the hat and the bat sat"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	for _, k := range slices.Sorted(maps.Keys(freq)) {
		fmt.Println(k, freq[k])
	}
	vals := slices.Sorted(maps.Values(freq))
	fmt.Println(vals)
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range maps.All(freq) {
		kvs = append(kvs, kv{k, v})
	}
	slices.SortFunc(kvs, func(a, b kv) int { return cmp.Or(cmp.Compare(b.v, a.v), cmp.Compare(a.k, b.k)) })
	fmt.Println(kvs[:3])
	copyM := maps.Collect(maps.All(freq))
	fmt.Println(maps.Equal(copyM, freq), len(copyM))
	extra := map[string]int{"dog": 1, "the": 100}
	maps.Insert(copyM, maps.All(extra))
	fmt.Println(copyM["the"], copyM["dog"], len(copyM))
	idx := maps.Collect(slices.All([]string{"x", "y", "z"}))
	fmt.Println(slices.Sorted(maps.Keys(idx)), idx[1])
	inv := map[int][]string{}
	for k, v := range freq {
		inv[v] = append(inv[v], k)
	}
	for _, n := range slices.Sorted(maps.Keys(inv)) {
		ws := inv[n]
		slices.Sort(ws)
		fmt.Println(n, ws)
	}
	count := 0
	for range maps.Keys(freq) {
		count++
		if count == 2 {
			break
		}
	}
	fmt.Println("stopped after", count)
	fmt.Println(maps.EqualFunc(map[int]string{1: "A"}, map[int]string{1: "a"}, strings.EqualFold))
}
