// run

// k-way merge of sorted iter.Seq streams using iter.Pull, dedup of the merged stream, and a Pull-based sorted intersection with early stop.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

func Merge2[T cmp.Ordered](a, b iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		va, oka := na()
		vb, okb := nb()
		for oka || okb {
			var v T
			if !okb || (oka && va <= vb) {
				v = va
				va, oka = na()
			} else {
				v = vb
				vb, okb = nb()
			}
			if !yield(v) {
				return
			}
		}
	}
}

func MergeAll[T cmp.Ordered](seqs ...iter.Seq[T]) iter.Seq[T] {
	switch len(seqs) {
	case 0:
		return func(func(T) bool) {}
	case 1:
		return seqs[0]
	}
	mid := len(seqs) / 2
	return Merge2(MergeAll(seqs[:mid]...), MergeAll(seqs[mid:]...))
}

func Dedup[T comparable](s iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		first := true
		var last T
		for v := range s {
			if !first && v == last {
				continue
			}
			first, last = false, v
			if !yield(v) {
				return
			}
		}
	}
}

func Intersect[T cmp.Ordered](a, b iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		va, oka := na()
		vb, okb := nb()
		for oka && okb {
			switch c := cmp.Compare(va, vb); {
			case c < 0:
				va, oka = na()
			case c > 0:
				vb, okb = nb()
			default:
				if !yield(va) {
					return
				}
				va, oka = na()
				vb, okb = nb()
			}
		}
	}
}

func Multiples(k, limit int, log *[]string) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { *log = append(*log, fmt.Sprintf("m%d done", k)) }()
		for v := k; v <= limit; v += k {
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	var log []string
	merged := MergeAll(Multiples(3, 20, &log), Multiples(5, 20, &log), Multiples(7, 20, &log))
	fmt.Println(slices.Collect(merged))
	fmt.Println(slices.Collect(Dedup(merged)))
	fmt.Println(log)
	log = nil

	for v := range Dedup(merged) {
		if v > 10 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	slices.Sort(log)
	fmt.Println(log)
	log = nil

	both := Intersect(Multiples(4, 100, &log), Multiples(6, 100, &log))
	fmt.Println(slices.Collect(both))
	var firstThree []int
	for v := range both {
		firstThree = append(firstThree, v)
		if len(firstThree) == 3 {
			break
		}
	}
	fmt.Println(firstThree, len(log))

	words := MergeAll(
		slices.Values([]string{"apple", "kiwi", "pear"}),
		slices.Values([]string{"banana", "kiwi"}),
		slices.Values([]string{}),
		slices.Values([]string{"cherry", "date", "zucchini"}),
	)
	fmt.Println(slices.Collect(Dedup(words)))
	fmt.Println(slices.Collect(MergeAll[float64]()))
}
