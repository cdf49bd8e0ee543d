// run

// More slices package funcs on generic element types: ContainsFunc, IndexFunc, Delete zeroing tail, Clone(nil), Max/Min panics, Reverse on structs.

package main

import (
	"fmt"
	"slices"
)

type Item[T any] struct {
	ID  int
	Val T
}

func IDs[T any](xs []Item[T]) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, x.ID)
	}
	return out
}

func main() {
	items := []Item[string]{{1, "a"}, {2, "b"}, {3, "c"}, {4, "d"}}
	fmt.Println(slices.ContainsFunc(items, func(i Item[string]) bool { return i.Val == "c" }))
	fmt.Println(slices.IndexFunc(items, func(i Item[string]) bool { return i.ID > 2 }))
	full := items[:cap(items)]
	items = slices.Delete(items, 1, 3)
	fmt.Println(IDs(items), len(items))
	fmt.Printf("%+v\n", full)
	ptrs := []*Item[int]{{1, 10}, {2, 20}, {3, 30}}
	all := ptrs[:3]
	ptrs = slices.DeleteFunc(ptrs, func(p *Item[int]) bool { return p.Val == 20 })
	fmt.Println(len(ptrs), all[2] == nil, ptrs[1].Val)
	fmt.Println(slices.Clone([]int(nil)) == nil, slices.Clone([]int{}) == nil)
	slices.Reverse(items)
	fmt.Println(items)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(slices.Max([]float64{}))
	}()
	fmt.Println(slices.Index([]Item[bool]{{1, true}, {1, false}}, Item[bool]{1, false}))
	xs := []int{3, 1, 2}
	ys := slices.Insert(xs[:1], 1, 9)
	fmt.Println(xs, ys)
	zs := slices.Compact([]Item[int]{{1, 1}, {1, 1}, {2, 1}, {1, 1}})
	fmt.Println(zs)
}
