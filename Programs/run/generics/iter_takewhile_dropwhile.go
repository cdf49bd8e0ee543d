// run

// Iterator adapters over iter.Seq beyond map/filter: TakeWhile, DropWhile, StepBy, Dedup, Intersperse, Scan, Cycle bounded by Take, and Last; each adapter stops its source as soon as the consumer breaks.

package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Count(from, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := from; ; i += step {
			if !yield(i) {
				return
			}
		}
	}
}

func TakeWhile[T any](s iter.Seq[T], ok func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if !ok(v) || !yield(v) {
				return
			}
		}
	}
}

func DropWhile[T any](s iter.Seq[T], drop func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		dropping := true
		for v := range s {
			if dropping && drop(v) {
				continue
			}
			dropping = false
			if !yield(v) {
				return
			}
		}
	}
}

func StepBy[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		i := 0
		for v := range s {
			if i%n == 0 && !yield(v) {
				return
			}
			i++
		}
	}
}

func Dedup[T comparable](s iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		var prev T
		first := true
		for v := range s {
			if first || v != prev {
				if !yield(v) {
					return
				}
			}
			prev, first = v, false
		}
	}
}

func Intersperse[T any](s iter.Seq[T], sep T) iter.Seq[T] {
	return func(yield func(T) bool) {
		first := true
		for v := range s {
			if !first && !yield(sep) {
				return
			}
			first = false
			if !yield(v) {
				return
			}
		}
	}
}

func Scan[T, A any](s iter.Seq[T], acc A, f func(A, T) A) iter.Seq[A] {
	return func(yield func(A) bool) {
		for v := range s {
			acc = f(acc, v)
			if !yield(acc) {
				return
			}
		}
	}
}

func Cycle[T any](xs ...T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for len(xs) > 0 {
			for _, x := range xs {
				if !yield(x) {
					return
				}
			}
		}
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return TakeWhile(s, func(T) bool { n--; return n >= 0 })
}

func Last[T any](s iter.Seq[T]) (last T, ok bool) {
	for v := range s {
		last, ok = v, true
	}
	return
}

func Traced[T any](name string, s iter.Seq[T], log *[]string) iter.Seq[T] {
	return func(yield func(T) bool) {
		defer func() { *log = append(*log, name+" done") }()
		for v := range s {
			*log = append(*log, fmt.Sprint(name, ":", v))
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(slices.Collect(TakeWhile(Count(1, 3), func(n int) bool { return n < 20 })))
	fmt.Println(slices.Collect(Take(DropWhile(Count(0, 1), func(n int) bool { return n*n < 50 }), 4)))
	fmt.Println(slices.Collect(Take(StepBy(Count(100, -1), 7), 5)))
	fmt.Println(slices.Collect(Dedup(slices.Values([]string{"a", "a", "b", "a", "c", "c", "c"}))))
	fmt.Println(strings.Join(slices.Collect(Intersperse(slices.Values(strings.Fields("x y z")), "|")), ""))
	fmt.Println(slices.Collect(Take(Scan(Count(1, 1), 1, func(a, v int) int { return a * v }), 8)))
	fmt.Println(slices.Collect(Take(Cycle("r", "g", "b"), 7)), slices.Collect(Take(Cycle[int](), 3)))
	fmt.Println(Last(Take(Count(5, 5), 4)))
	fmt.Println(Last(TakeWhile(Count(1, 1), func(int) bool { return false })))

	var log []string
	src := Traced("src", slices.Values([]int{1, 1, 2, 3, 3, 4, 5, 6}), &log)
	for v := range Take(Dedup(src), 3) {
		log = append(log, fmt.Sprint("got ", v))
	}
	fmt.Println(strings.Join(log, ", "))
	log = nil
	for v := range DropWhile(Traced("d", slices.Values([]int{1, 2, 9, 1}), &log), func(v int) bool { return v < 5 }) {
		log = append(log, fmt.Sprint("body ", v))
		break
	}
	fmt.Println(strings.Join(log, ", "))
}
