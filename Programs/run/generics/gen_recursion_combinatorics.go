// run

// Recursive generic functions: permutations, k-combinations and power sets over any element type, generic merge sort and quickselect over cmp.Ordered, and mutually recursive generic even/odd tree walks.

package main

import (
	"cmp"
	"fmt"
)

func Permutations[T any](xs []T) [][]T {
	if len(xs) <= 1 {
		return [][]T{append([]T(nil), xs...)}
	}
	var out [][]T
	for i := range xs {
		rest := make([]T, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range Permutations(rest) {
			out = append(out, append([]T{xs[i]}, p...))
		}
	}
	return out
}

func Combinations[T any](xs []T, k int) [][]T {
	if k == 0 {
		return [][]T{{}}
	}
	if len(xs) < k {
		return nil
	}
	var out [][]T
	for _, c := range Combinations(xs[1:], k-1) {
		out = append(out, append([]T{xs[0]}, c...))
	}
	return append(out, Combinations(xs[1:], k)...)
}

func PowerSet[T any](xs []T) [][]T {
	if len(xs) == 0 {
		return [][]T{nil}
	}
	rest := PowerSet(xs[1:])
	out := append([][]T{}, rest...)
	for _, s := range rest {
		out = append(out, append([]T{xs[0]}, s...))
	}
	return out
}

func MergeSort[T cmp.Ordered](xs []T) []T {
	if len(xs) < 2 {
		return xs
	}
	l, r := MergeSort(xs[:len(xs)/2]), MergeSort(xs[len(xs)/2:])
	out := make([]T, 0, len(xs))
	for len(l) > 0 && len(r) > 0 {
		if r[0] < l[0] {
			out, r = append(out, r[0]), r[1:]
		} else {
			out, l = append(out, l[0]), l[1:]
		}
	}
	return append(append(out, l...), r...)
}

// QuickSelect returns the k-th smallest (0-based), recursing on one side.
func QuickSelect[T cmp.Ordered](xs []T, k int) T {
	pivot := xs[len(xs)/2]
	var lo, eq, hi []T
	for _, x := range xs {
		switch {
		case x < pivot:
			lo = append(lo, x)
		case x > pivot:
			hi = append(hi, x)
		default:
			eq = append(eq, x)
		}
	}
	switch {
	case k < len(lo):
		return QuickSelect(lo, k)
	case k < len(lo)+len(eq):
		return pivot
	}
	return QuickSelect(hi, k-len(lo)-len(eq))
}

type Tree[T any] struct {
	Val  T
	Kids []*Tree[T]
}

// evenLevels and oddLevels call each other: values at even depths vs odd depths.
func evenLevels[T any](t *Tree[T], acc []T) []T {
	acc = append(acc, t.Val)
	for _, k := range t.Kids {
		acc = oddLevels(k, acc)
	}
	return acc
}

func oddLevels[T any](t *Tree[T], acc []T) []T {
	for _, k := range t.Kids {
		acc = evenLevels(k, acc)
	}
	return acc
}

func Depth[T any](t *Tree[T]) int {
	d := 0
	for _, k := range t.Kids {
		d = max(d, Depth(k))
	}
	return d + 1
}

func main() {
	fmt.Println(Permutations([]int{1, 2, 3}))
	fmt.Println(len(Permutations([]string{"a", "b", "c", "d"})), Permutations([]rune("xy")), Permutations[bool](nil))
	fmt.Println(Combinations([]string{"a", "b", "c", "d"}, 2))
	fmt.Println(Combinations([]int{1, 2}, 3), len(Combinations(make([]struct{}, 6), 3)))
	fmt.Println(PowerSet([]byte("ab")), len(PowerSet([]float64{1, 2, 3, 4, 5})))
	fmt.Println(MergeSort([]int{5, 2, 9, 1, 5, 6, -3}), MergeSort([]string{"pear", "fig", "apple"}))
	data := []float64{3.5, -1, 7.25, 0, 2, 9, 4}
	for k := range len(data) {
		fmt.Print(QuickSelect(data, k), " ")
	}
	fmt.Println(QuickSelect([]string{"m", "a", "z", "a"}, 1))
	t := &Tree[string]{"root", []*Tree[string]{
		{"a", []*Tree[string]{{"a1", nil}, {"a2", []*Tree[string]{{"a2x", nil}}}}},
		{"b", []*Tree[string]{{"b1", nil}}},
	}}
	fmt.Println(evenLevels(t, nil), oddLevels(t, nil), Depth(t))
	ti := &Tree[int]{1, []*Tree[int]{{2, nil}, {3, []*Tree[int]{{4, nil}}}}}
	fmt.Println(evenLevels(ti, []int{0}), Depth(ti))
}
