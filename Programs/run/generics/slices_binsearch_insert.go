// run

// slices.BinarySearch, BinarySearchFunc, Insert, Delete, Replace on sorted data; maintaining sorted order.

package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Rec struct {
	ID   int
	Name string
}

func main() {
	xs := []int{10, 20, 30, 40, 50}
	for _, t := range []int{5, 10, 35, 50, 60} {
		i, found := slices.BinarySearch(xs, t)
		fmt.Println(t, i, found)
	}
	var sorted []int
	for _, v := range []int{7, 3, 9, 1, 3, 8} {
		i, _ := slices.BinarySearch(sorted, v)
		sorted = slices.Insert(sorted, i, v)
	}
	fmt.Println(sorted)
	sorted = slices.Insert(sorted, 2, 100, 200)
	fmt.Println(sorted)
	sorted = slices.Delete(sorted, 2, 4)
	fmt.Println(sorted, len(sorted))
	sorted = slices.Replace(sorted, 0, 2, -1)
	fmt.Println(sorted)
	recs := []Rec{{1, "a"}, {4, "d"}, {9, "i"}, {12, "l"}}
	byID := func(r Rec, id int) int { return cmp.Compare(r.ID, id) }
	for _, id := range []int{4, 5, 12} {
		i, ok := slices.BinarySearchFunc(recs, id, byID)
		fmt.Println(id, i, ok)
	}
	i, _ := slices.BinarySearchFunc(recs, 5, byID)
	recs = slices.Insert(recs, i, Rec{5, "e"})
	fmt.Println(recs)
	recs = slices.DeleteFunc(recs, func(r Rec) bool { return r.ID%2 == 0 })
	fmt.Println(recs)
	strs := []string{"apple", "banana", "cherry"}
	j, f := slices.BinarySearch(strs, "blueberry")
	fmt.Println(j, f)
	fmt.Println(slices.Insert(strs, len(strs), "zzz"))
	fmt.Println(slices.Index(strs, "cherry"), slices.IndexFunc(strs, func(s string) bool { return s[0] == 'b' }))
}
