// run

// Generic n-ary tree exposing preorder, postorder, level-order and root-to-leaf path iterators; early termination propagates correctly out of recursive yields, and Seq2 pairs each node with its depth.

package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Node[T any] struct {
	Val  T
	Kids []*Node[T]
}

func N[T any](v T, kids ...*Node[T]) *Node[T] { return &Node[T]{v, kids} }

func (n *Node[T]) Pre() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		var walk func(*Node[T], int) bool
		walk = func(n *Node[T], d int) bool {
			if !yield(d, n.Val) {
				return false
			}
			for _, k := range n.Kids {
				if !walk(k, d+1) {
					return false
				}
			}
			return true
		}
		walk(n, 0)
	}
}

func (n *Node[T]) Post() iter.Seq[T] {
	return func(yield func(T) bool) {
		var walk func(*Node[T]) bool
		walk = func(n *Node[T]) bool {
			for _, k := range n.Kids {
				if !walk(k) {
					return false
				}
			}
			return yield(n.Val)
		}
		walk(n)
	}
}

func (n *Node[T]) Levels() iter.Seq2[int, []T] {
	return func(yield func(int, []T) bool) {
		level := []*Node[T]{n}
		for d := 0; len(level) > 0; d++ {
			var vals []T
			var next []*Node[T]
			for _, x := range level {
				vals = append(vals, x.Val)
				next = append(next, x.Kids...)
			}
			if !yield(d, vals) {
				return
			}
			level = next
		}
	}
}

func (n *Node[T]) Paths() iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		var walk func(*Node[T], []T) bool
		walk = func(n *Node[T], path []T) bool {
			path = append(path, n.Val)
			if len(n.Kids) == 0 {
				return yield(slices.Clone(path))
			}
			for _, k := range n.Kids {
				if !walk(k, path) {
					return false
				}
			}
			return true
		}
		walk(n, nil)
	}
}

func Find[T any](s iter.Seq2[int, T], pred func(T) bool) (T, int, bool) {
	for d, v := range s {
		if pred(v) {
			return v, d, true
		}
	}
	var zero T
	return zero, -1, false
}

func main() {
	fs := N("/",
		N("etc", N("hosts"), N("passwd")),
		N("usr", N("bin", N("go"), N("swift")), N("lib")),
		N("tmp"))
	for d, v := range fs.Pre() {
		fmt.Printf("%s%s\n", strings.Repeat("  ", d), v)
	}
	fmt.Println(slices.Collect(fs.Post()))
	for d, vals := range fs.Levels() {
		fmt.Println(d, vals)
	}
	for p := range fs.Paths() {
		if p[len(p)-1] == "lib" {
			fmt.Println("stop at", strings.Join(p[1:], "/"))
			break
		}
		fmt.Println("path", strings.Join(p[1:], "/"))
	}
	v, d, ok := Find(fs.Pre(), func(s string) bool { return strings.HasPrefix(s, "s") })
	fmt.Println(v, d, ok)
	_, d, ok = Find(fs.Pre(), func(s string) bool { return s == "nope" })
	fmt.Println(d, ok)

	nums := N(1, N(2, N(4), N(5)), N(3, N(6, N(7))))
	visited := 0
	for v := range nums.Post() {
		visited++
		if v == 6 {
			break
		}
	}
	fmt.Println("post visited", visited)
	sum := 0
	for _, vals := range nums.Levels() {
		for _, v := range vals {
			sum += v
		}
		if sum > 10 {
			break
		}
	}
	fmt.Println("level sum", sum)
	deepest := 0
	for d := range nums.Pre() {
		deepest = max(deepest, d)
	}
	fmt.Println("depth", deepest, slices.Collect(nums.Paths()))
}
