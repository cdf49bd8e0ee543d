// run

// Generic functions returning closures that capture type-parameterized values: accumulators, Compose/Curry/Partial, per-instantiation state, a lazy loader, and closures that outlive the loop variables they captured.

package main

import (
	"cmp"
	"fmt"
	"strings"
)

func Accumulator[T interface{ ~int | ~float64 | ~string }](start T) (add func(T) T, get func() T) {
	total := start
	add = func(v T) T { total += v; return total }
	get = func() T { return total }
	return
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Curry[A, B, R any](f func(A, B) R) func(A) func(B) R {
	return func(a A) func(B) R { return func(b B) R { return f(a, b) } }
}

func Partial[A, B, R any](f func(A, B) R, a A) func(B) R {
	return func(b B) R { return f(a, b) }
}

func Counter[K comparable]() func(K) int {
	seen := map[K]int{}
	return func(k K) int { seen[k]++; return seen[k] }
}

func RunningMax[T cmp.Ordered]() func(T) (T, bool) {
	var best T
	have := false
	return func(v T) (T, bool) {
		if !have || v > best {
			best, have = v, true
			return best, true
		}
		return best, false
	}
}

func Lazy[T any](load func() T) func() T {
	var v T
	done := false
	calls := 0
	return func() T {
		if !done {
			calls++
			v, done = load(), true
			fmt.Println("  loaded once, calls =", calls)
		}
		return v
	}
}

func Pipeline[T any](fs ...func(T) T) func(T) T {
	return func(v T) T {
		for _, f := range fs {
			v = f(v)
		}
		return v
	}
}

type Celsius float64

func main() {
	addI, getI := Accumulator(10)
	addI(5)
	addI(-3)
	addS, getS := Accumulator("go")
	addS("-")
	addS("pher")
	addC, _ := Accumulator(Celsius(20))
	fmt.Println(getI(), getS(), addC(1.5), addC(-0.25))

	shout := Compose(strings.ToUpper, func(s string) int { return len(s) })
	fmt.Println(shout("hello"), Compose(shout, func(n int) bool { return n%2 == 0 })("four"))
	repeat := Curry(strings.Repeat)
	fmt.Println(repeat("ab")(3), Partial(strings.Repeat, "-")(5), Partial(cmp.Compare[int], 3)(4))

	cs, ci := Counter[string](), Counter[[2]int]()
	for _, w := range strings.Fields("a b a c a b") {
		fmt.Print(cs(w), " ")
	}
	fmt.Println(ci([2]int{1, 2}), ci([2]int{1, 2}), ci([2]int{2, 1}))

	rm := RunningMax[string]()
	for _, s := range []string{"kiwi", "apple", "pear", "banana", "plum"} {
		best, changed := rm(s)
		fmt.Print(best, ":", changed, " ")
	}
	fmt.Println()

	cfg := Lazy(func() map[string]int { return map[string]int{"port": 8080} })
	fmt.Println("before use")
	fmt.Println(cfg()["port"], cfg()["port"])

	var printers []func() string
	for i, v := range []Celsius{-5, 0, 37.5} {
		printers = append(printers, func() string { return fmt.Sprintf("%d:%v", i, v) })
	}
	for _, p := range printers {
		fmt.Print(p(), " ")
	}
	fmt.Println()

	norm := Pipeline(strings.TrimSpace, strings.ToLower, func(s string) string { return strings.ReplaceAll(s, " ", "_") })
	fmt.Println(norm("  Hello Big World "), Pipeline[int]()(7), Pipeline(func(x int) int { return x * x }, func(x int) int { return x + 1 })(4))
	fmt.Printf("%T\n%T\n", repeat, rm)
}
