// run

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type P struct {
	Name string
	Age  int
}

func main() {
	s := []int{5, 2, 8, 1, 9, 2, 2, 7}
	slices.Sort(s)
	fmt.Println(s, slices.Index(s, 7), slices.Contains(s, 3), slices.Max(s), slices.Min(s))
	i, ok := slices.BinarySearch(s, 7)
	fmt.Println(i, ok)
	fmt.Println(slices.Compact(slices.Clone(s)))
	s2 := slices.Insert([]int{1, 2, 3}, 1, 10, 11)
	fmt.Println(s2, slices.Delete(s2, 0, 2), slices.Equal(s, s))
	ps := []P{{"a", 30}, {"b", 20}, {"c", 30}, {"d", 10}, {"e", 20}}
	slices.SortFunc(ps, func(a, b P) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(ps)
	slices.SortStableFunc(ps, func(a, b P) int { return strings.Compare(b.Name, a.Name) })
	fmt.Println(ps)
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := slices.Sorted(maps.Keys(m))
	_ = strings.ToUpper
	fmt.Println(keys, slices.Collect(maps.Values(map[int]int{1: 5})))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Println(c)
	}
	fmt.Println(slices.Repeat([]string{"a"}, 3), slices.Concat([]int{1}, []int{2, 3}))
	m2 := maps.Clone(m)
	maps.DeleteFunc(m2, func(k string, v int) bool { return v > 1 })
	fmt.Println(m2, maps.Equal(m, m2))
	big := make([]P, 500)
	for i := range big {
		big[i] = P{fmt.Sprint(i), (i * 37) % 11}
	}
	slices.SortFunc(big, func(a, b P) int { return a.Age - b.Age })
	fmt.Println(big[:12], big[490:])
	fl := []float64{3, 1, 2}
	slices.Sort(fl)
	fmt.Println(fl)
}
