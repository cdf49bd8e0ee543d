// run

// slices.Sort, SortFunc, SortStableFunc with multi-key comparators, IsSortedFunc, Reverse on records.

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Emp struct {
	Name string
	Dept string
	Sal  int
}

func main() {
	es := []Emp{
		{"zed", "eng", 120}, {"amy", "ops", 90}, {"bob", "eng", 120},
		{"cat", "ops", 95}, {"dan", "eng", 100}, {"eve", "hr", 90},
	}
	bySal := slices.Clone(es)
	slices.SortStableFunc(bySal, func(a, b Emp) int { return cmp.Compare(b.Sal, a.Sal) })
	for _, e := range bySal {
		fmt.Println(e.Name, e.Sal)
	}
	multi := slices.Clone(es)
	slices.SortFunc(multi, func(a, b Emp) int {
		return cmp.Or(strings.Compare(a.Dept, b.Dept), cmp.Compare(a.Sal, b.Sal), strings.Compare(a.Name, b.Name))
	})
	for _, e := range multi {
		fmt.Printf("%s/%d/%s ", e.Dept, e.Sal, e.Name)
	}
	fmt.Println()
	fmt.Println(slices.IsSortedFunc(multi, func(a, b Emp) int { return strings.Compare(a.Dept, b.Dept) }))
	fmt.Println(slices.IsSortedFunc(es, func(a, b Emp) int { return strings.Compare(a.Name, b.Name) }))
	ns := []int{5, 2, 8, 2, 9, 1}
	slices.Sort(ns)
	fmt.Println(ns, slices.IsSorted(ns))
	slices.Reverse(ns)
	fmt.Println(ns)
	fs := []float64{2.5, -1, 3.75, 0}
	slices.SortFunc(fs, func(a, b float64) int { return cmp.Compare(b, a) })
	fmt.Println(fs)
	ss := strings.Fields("Banana apple Cherry date")
	slices.SortFunc(ss, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(ss)
	fmt.Println(slices.MinFunc(es, func(a, b Emp) int { return cmp.Compare(a.Sal, b.Sal) }).Name)
	fmt.Println(slices.MaxFunc(es, func(a, b Emp) int { return cmp.Compare(a.Sal, b.Sal) }).Name)
}
