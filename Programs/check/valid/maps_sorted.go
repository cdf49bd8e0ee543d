// run

package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

func main() {
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	m["b"] = append(m["b"], 3)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	v, ok := m["zzz"]
	fmt.Println(v, ok, v == nil)
	delete(m, "a")
	fmt.Println(len(m))
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['o'], counts['z'])
	type key struct{ x, y int }
	grid := map[key]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(grid[key{0, 0}], len(grid))
	fmt.Println(slices.Sorted(maps.Values(map[int]int{1: 30, 2: 10, 3: 20})))
	fmt.Println(m)
}
