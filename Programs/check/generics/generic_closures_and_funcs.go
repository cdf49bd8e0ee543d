// run

package main

import "fmt"

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	misses := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		misses++
		v := f(k)
		cache[k] = v
		return v
	}, &misses
}

func Counter[T any]() func(T) int {
	n := 0
	return func(T) int { n++; return n }
}

func main() {
	h := Compose(func(i int) string { return fmt.Sprint(i * 2) }, func(s string) int { return len(s) })
	fmt.Println(h(5), h(500))
	sq, misses := Memo(func(n int) int { return n * n })
	fmt.Println(sq(3), sq(3), sq(4), *misses)
	c := Counter[string]()
	c("a")
	c("b")
	fmt.Println(c("c"))
}
