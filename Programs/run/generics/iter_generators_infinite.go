// run

// Infinite generators (primes via incremental sieve, Fibonacci, cycle) bounded by TakeWhile/Take in the consumer.

package main

import (
	"fmt"
	"iter"
	"slices"
)

func Primes() iter.Seq[int] {
	return func(yield func(int) bool) {
		comp := map[int][]int{}
		for n := 2; ; n++ {
			if fs, ok := comp[n]; ok {
				for _, p := range fs {
					comp[n+p] = append(comp[n+p], p)
				}
				delete(comp, n)
				continue
			}
			if !yield(n) {
				return
			}
			comp[n*n] = []int{n}
		}
	}
}

func Fib[T ~int | ~uint64 | ~float64]() iter.Seq[T] {
	return func(yield func(T) bool) {
		a, b := T(0), T(1)
		for yield(a) {
			a, b = b, a+b
		}
	}
}

func Cycle[T any](xs ...T) iter.Seq[T] {
	return func(yield func(T) bool) {
		if len(xs) == 0 {
			return
		}
		for i := 0; ; i++ {
			if !yield(xs[i%len(xs)]) {
				return
			}
		}
	}
}

func TakeWhile[T any](s iter.Seq[T], f func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if !f(v) || !yield(v) {
				return
			}
		}
	}
}

func Take[T any](s iter.Seq[T], n int) []T {
	var out []T
	for v := range s {
		if len(out) >= n {
			break
		}
		out = append(out, v)
	}
	return out
}

func main() {
	fmt.Println(Take(Primes(), 15))
	fmt.Println(slices.Collect(TakeWhile(Primes(), func(p int) bool { return p < 60 })))
	fmt.Println(Take(Fib[int](), 12))
	fmt.Println(slices.Collect(TakeWhile(Fib[uint64](), func(x uint64) bool { return x < 1<<62 }))[85:])
	fmt.Println(Take(Fib[float64](), 5))
	fmt.Println(Take(Cycle("r", "g", "b"), 7))
	fmt.Println(Take(Cycle[int](), 3) == nil)
	count := 0
	for p := range Primes() {
		if p > 1000 {
			break
		}
		count++
	}
	fmt.Println("primes below 1000:", count)
}
