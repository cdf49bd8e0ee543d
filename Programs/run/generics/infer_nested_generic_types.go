// run

// Inference through nested generic types: type arguments recovered from map[K][]Pair[K,V], *Box[T], chan []T, func(A) (B, error), *Tree[T], variadic Opt[T], and Pair[K,V] -> Pair[V,K] results; %T of the inferred instantiations.

package main

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Box[T any] struct{ V T }

type Tree[T any] struct {
	Val         T
	Left, Right *Tree[T]
}

type Opt[T any] struct {
	V  T
	OK bool
}

func Flatten[K comparable, V any](m map[K][]Pair[K, V]) []V {
	keys := make([]string, 0, len(m))
	byKey := map[string]K{}
	for k := range m {
		s := fmt.Sprint(k)
		keys = append(keys, s)
		byKey[s] = k
	}
	sort.Strings(keys)
	var out []V
	for _, s := range keys {
		for _, p := range m[byKey[s]] {
			out = append(out, p.Val)
		}
	}
	return out
}

func Unbox[T any](bs []*Box[T]) []T {
	out := make([]T, len(bs))
	for i, b := range bs {
		out[i] = b.V
	}
	return out
}

func Collect[T any](c chan []T) []T {
	var out []T
	for batch := range c {
		out = append(out, batch...)
	}
	return out
}

func TryMap[A, B any](xs []A, f func(A) (B, error)) ([]B, error) {
	var out []B
	var errs []error
	for _, x := range xs {
		b, err := f(x)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, b)
	}
	return out, errors.Join(errs...)
}

func InOrder[T any](t *Tree[T]) []T {
	if t == nil {
		return nil
	}
	return slices.Concat(InOrder(t.Left), []T{t.Val}, InOrder(t.Right))
}

func FirstSome[T any](opts ...Opt[T]) Opt[T] {
	for _, o := range opts {
		if o.OK {
			return o
		}
	}
	return Opt[T]{}
}

func Swap[K comparable, V comparable](ps []Pair[K, V]) []Pair[V, K] {
	out := make([]Pair[V, K], len(ps))
	for i, p := range ps {
		out[i] = Pair[V, K]{p.Val, p.Key}
	}
	return out
}

func Nest[T any](v T, depth int) any {
	if depth == 0 {
		return v
	}
	return Box[any]{Nest(v, depth-1)}
}

func main() {
	m := map[string][]Pair[string, int]{"b": {{"b", 2}, {"b", 3}}, "a": {{"a", 1}}}
	fmt.Println(Flatten(m))
	fmt.Println(Flatten(map[int][]Pair[int, []string]{2: {{2, []string{"x"}}}, 1: {{1, nil}}}))

	fmt.Println(Unbox([]*Box[float64]{{1.5}, {2.5}}), Unbox([]*Box[Opt[int]]{{Opt[int]{3, true}}}))

	c := make(chan []rune, 3)
	c <- []rune("ab")
	c <- nil
	c <- []rune("c")
	close(c)
	fmt.Println(string(Collect(c)))

	vals, err := TryMap([]string{"1", "x", "3", "4.5"}, strconv.Atoi)
	fmt.Println(vals, err)
	fl, err := TryMap([]string{"1e2", "-0.5"}, func(s string) (float64, error) { return strconv.ParseFloat(s, 64) })
	fmt.Println(fl, err == nil)

	t := &Tree[string]{"m", &Tree[string]{"c", nil, &Tree[string]{"f", nil, nil}}, &Tree[string]{"x", nil, nil}}
	fmt.Println(InOrder(t), len(InOrder[int](nil)))

	fmt.Println(FirstSome(Opt[string]{}, Opt[string]{"second", true}, Opt[string]{"third", true}), FirstSome[int]())
	sw := Swap([]Pair[string, int]{{"one", 1}, {"two", 2}})
	fmt.Printf("%v %T\n", sw, sw)
	fmt.Printf("%v %T\n", Nest(7, 2), Nest("s", 1))
}
