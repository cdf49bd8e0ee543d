// run

// Method values and method expressions on instantiated generic types; storing them in slices and maps.

package main

import (
	"fmt"
	"sort"
)

type Counter[K comparable] struct {
	m map[K]int
}

func NewCounter[K comparable]() *Counter[K] { return &Counter[K]{m: map[K]int{}} }

func (c *Counter[K]) Inc(k K)       { c.m[k]++ }
func (c *Counter[K]) Get(k K) int   { return c.m[k] }
func (c Counter[K]) Size() int      { return len(c.m) }

type Vec[T ~int | ~float64] []T

func (v Vec[T]) Dot(o Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * o[i]
	}
	return s
}

func (v Vec[T]) Scaled(k T) Vec[T] {
	r := make(Vec[T], len(v))
	for i, x := range v {
		r[i] = x * k
	}
	return r
}

func main() {
	c := NewCounter[string]()
	inc := c.Inc
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		inc(w)
	}
	get := (*Counter[string]).Get
	fmt.Println(get(c, "a"), get(c, "z"))
	size := Counter[string].Size
	fmt.Println(size(*c))
	ops := map[string]func(string){"inc": c.Inc}
	ops["inc"]("b")
	ks := make([]string, 0)
	for k := range c.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Println(k, c.Get(k))
	}
	v := Vec[float64]{1, 2, 3}
	dot := v.Dot
	fmt.Println(dot(Vec[float64]{4, 5, 6}))
	scale := Vec[int].Scaled
	fmt.Println(scale(Vec[int]{1, -2}, 10))
	fns := []func(Vec[int]) int{Vec[int]{1, 1}.Dot, Vec[int]{2, 0}.Dot}
	for _, f := range fns {
		fmt.Println(f(Vec[int]{3, 4}))
	}
	fmt.Printf("%T\n", scale)
}
