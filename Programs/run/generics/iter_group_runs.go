// run

// Run-length grouping iterator over comparable values (Seq2[T, int]) and key-based grouping of consecutive records; Scan (running totals).

package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Runs[T comparable](s iter.Seq[T]) iter.Seq2[T, int] {
	return func(yield func(T, int) bool) {
		var cur T
		n := 0
		for v := range s {
			if n > 0 && v == cur {
				n++
				continue
			}
			if n > 0 && !yield(cur, n) {
				return
			}
			cur, n = v, 1
		}
		if n > 0 {
			yield(cur, n)
		}
	}
}

func GroupConsecutive[T any, K comparable](s iter.Seq[T], key func(T) K) iter.Seq2[K, []T] {
	return func(yield func(K, []T) bool) {
		var group []T
		var k K
		for v := range s {
			kv := key(v)
			if len(group) > 0 && kv != k {
				if !yield(k, group) {
					return
				}
				group = nil
			}
			k = kv
			group = append(group, v)
		}
		if len(group) > 0 {
			yield(k, group)
		}
	}
}

func Scan[T, A any](s iter.Seq[T], init A, f func(A, T) A) iter.Seq[A] {
	return func(yield func(A) bool) {
		acc := init
		for v := range s {
			acc = f(acc, v)
			if !yield(acc) {
				return
			}
		}
	}
}

func chars(s string) iter.Seq[rune] {
	return func(yield func(rune) bool) {
		for _, r := range s {
			if !yield(r) {
				return
			}
		}
	}
}

func main() {
	var sb strings.Builder
	for r, n := range Runs(chars("aaabccddddé")) {
		fmt.Fprintf(&sb, "%c%d", r, n)
	}
	fmt.Println(sb.String())
	for v, n := range Runs(slices.Values([]int{1, 1, 2, 2, 2, 1})) {
		fmt.Print(v, "x", n, " ")
	}
	fmt.Println()
	words := strings.Fields("apple avocado banana blueberry cherry apricot")
	for k, g := range GroupConsecutive(slices.Values(words), func(s string) byte { return s[0] }) {
		fmt.Printf("%c %v\n", k, g)
	}
	for k, g := range GroupConsecutive(slices.Values([]int{2, 4, 1, 3, 6}), func(i int) bool { return i%2 == 0 }) {
		fmt.Println(k, g)
		if !k {
			break
		}
	}
	fmt.Println(slices.Collect(Scan(slices.Values([]int{1, 2, 3, 4}), 0, func(a, x int) int { return a + x })))
	fmt.Println(slices.Collect(Scan(chars("abc"), "", func(a string, r rune) string { return string(r) + a })))
}
