// run

// Range over functions: iteration variables per iteration, break,
// continue, return from inside the body (with values and bare), labeled
// branches to enclosing loops, nested range-over-func loops, generic
// iterators, iter.Seq/Seq2 from slices and maps, and the runtime errors of
// an iterator that keeps calling yield.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  count stopped at", i)
				return
			}
		}
		fmt.Println("  count done")
	}
}

func pairs(s []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func firstOver(limit int) (int, string) {
	for i := range count(100) {
		if i*i > limit {
			return i, "found"
		}
	}
	return -1, "none"
}

func named() (n int, err error) {
	for i := range count(10) {
		n += i
		if i == 4 {
			return
		}
	}
	return 99, nil
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) All(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.All(yield) && yield(t.Val) && t.Right.All(yield)
}

func (t *Tree) Walk() iter.Seq[int] {
	return func(yield func(int) bool) { t.All(yield) }
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func main() {
	fmt.Println("break and continue:")
	for i := range count(10) {
		if i%2 == 0 {
			continue
		}
		if i > 6 {
			break
		}
		fmt.Println(" ", i)
	}
	fmt.Println("two values:")
	for i, s := range pairs([]string{"a", "b", "c"}) {
		fmt.Println(" ", i, s)
	}
	fmt.Println("no variables:")
	n := 0
	for range count(3) {
		n++
	}
	fmt.Println(" ", n)
	fmt.Println("return:", fmt.Sprint(firstOver(50)))
	fmt.Println("bare return:", fmt.Sprint(named()))

	fmt.Println("labeled:")
outer:
	for i := range count(4) {
		for j := range count(4) {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Println(" ", i, j)
		}
	}

	fmt.Println("closures capture each iteration:")
	var fs []func() int
	for i := range count(3) {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(" ", f())
	}
	fmt.Println()

	fmt.Println("generic pipeline:")
	evens := Filter(slices.Values([]int{1, 2, 3, 4, 5, 6, 7, 8}), func(x int) bool { return x%2 == 0 })
	for s := range Map(evens, func(x int) string { return strings.Repeat("*", x) }) {
		fmt.Println(" ", s)
	}
	fmt.Println(" ", slices.Collect(Map(evens, func(x int) int { return x * x })))

	fmt.Println("tree:")
	var t *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		t = insert(t, v)
	}
	for v := range t.Walk() {
		if v > 7 {
			break
		}
		fmt.Print(" ", v)
	}
	fmt.Println()
	fmt.Println(" ", slices.Collect(t.Walk()))

	fmt.Println("maps and slices iterators:")
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Println(" ", k, m[k])
	}
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Println(" ", i, v)
	}
	sum := 0
	for _, v := range maps.All(m) {
		sum += v
	}
	fmt.Println("  sum", sum)

	fmt.Println("nested with return from inner:")
	fmt.Println(" ", find([][]int{{1, 2}, {3, 4, 5}, {6}}, 4))
	fmt.Println(" ", find([][]int{{1, 2}}, 9))

	fmt.Println("yield after stop:")
	func() {
		defer func() { fmt.Println("  recovered:", recover()) }()
		for x := range func(yield func(int) bool) {
			yield(1)
			yield(2)
		} {
			fmt.Println("  got", x)
			break
		}
	}()
	var saved func(int) bool
	for x := range func(yield func(int) bool) { saved = yield; yield(1) } {
		fmt.Println("  got", x)
	}
	func() {
		defer func() { fmt.Println("  recovered:", recover()) }()
		saved(3)
	}()

	fmt.Println("panic in the body:")
	func() {
		defer func() { fmt.Println("  recovered:", recover()) }()
		for i := range count(5) {
			if i == 2 {
				panic(fmt.Sprint("boom at ", i))
			}
		}
	}()
}

func find(rows [][]int, want int) string {
	for r, row := range slices.All(rows) {
		for c, v := range slices.All(row) {
			if v == want {
				return fmt.Sprintf("row %d col %d", r, c)
			}
		}
	}
	return "absent"
}
