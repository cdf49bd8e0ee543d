// run

package main

import (
	"fmt"
	"maps"
	"slices"
)

type Stat struct {
	Count int
	Sum   float64
}

func main() {
	stats := map[string]Stat{}
	for _, rec := range []struct {
		k string
		v float64
	}{{"a", 1}, {"b", 2}, {"a", 3}} {
		s := stats[rec.k]
		s.Count++
		s.Sum += rec.v
		stats[rec.k] = s
	}
	for _, k := range slices.Sorted(maps.Keys(stats)) {
		fmt.Printf("%s %+v\n", k, stats[k])
	}
	ptrs := map[string]*Stat{"x": {}}
	ptrs["x"].Count += 5
	fmt.Println(ptrs["x"].Count)
	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["b"]++
	fmt.Println(nested)
	clone := maps.Clone(nested)
	clone["a"]["b"] = 9
	fmt.Println(nested["a"]["b"])
}
