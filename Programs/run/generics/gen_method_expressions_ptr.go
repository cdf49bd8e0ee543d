// run

// Method expressions of generic instances: (*C[int]).Get of a value method, (*C[int]).Set, C[int].Get; core-type inference with ~[]E; method values.

package main

import "fmt"

type C[T any] struct{ v T }

func (c C[T]) Get() T       { return c.v }
func (c *C[T]) Set(v T)     { c.v = v }

type Num interface{ ~int | ~float64 }

func Sum[S ~[]E, E Num](s S) E {
	var t E
	for _, x := range s {
		t += x
	}
	return t
}

type MySlice []int

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, x := range s {
		out = append(out, f(x))
	}
	return out
}

func main() {
	c := &C[int]{3}
	get := (*C[int]).Get
	set := (*C[int]).Set
	set(c, 5)
	fmt.Println(get(c), C[int].Get(*c))
	fmt.Println(Sum(MySlice{1, 2, 3}), Sum([]float64{1.5, 2}))
	fmt.Println(Map(MySlice{1, 2}, func(i int) string { return fmt.Sprint(i * 2) }))
	g := c.Get
	fmt.Println(g())
}
