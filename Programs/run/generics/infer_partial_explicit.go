// run

// Partial explicit instantiation with inference of remaining type params; core-type (constraint) inference for S ~[]E and M ~map[K]V.

package main

import (
	"fmt"
	"strconv"
)

func Parse[T any, S ~[]string](in S, f func(string) (T, error)) ([]T, []error) {
	var out []T
	var errs []error
	for _, s := range in {
		v, err := f(s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, v)
	}
	return out, errs
}

func MakeSlice[S ~[]E, E any](n int, fill E) S {
	s := make(S, n)
	for i := range s {
		s[i] = fill
	}
	return s
}

func Cast[To, From ~int | ~float64](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Lookup[M ~map[K]V, K comparable, V any](m M, k K, def V) V {
	if v, ok := m[k]; ok {
		return v
	}
	return def
}

func Triple[A, B, C any](a A, b B, c C) string { return fmt.Sprintf("%T/%T/%T", a, b, c) }

type Names []string
type Ages map[string]int
type Score float64

func main() {
	ints, errs := Parse(Names{"1", "2", "x"}, strconv.Atoi)
	fmt.Println(ints, len(errs))
	fl, _ := Parse[float64]([]string{"1.5", "2"}, func(s string) (float64, error) { return strconv.ParseFloat(s, 64) })
	fmt.Println(fl)
	n := MakeSlice[Names](3, "?")
	fmt.Printf("%T %v\n", n, n)
	b := MakeSlice[[]bool](2, true)
	fmt.Printf("%T %v\n", b, b)
	fmt.Println(Cast[int]([]float64{1.9, -2.9}), Cast[Score]([]int{1, 2}), Cast[float64, int](nil) == nil)
	ages := Ages{"ann": 30}
	fmt.Println(Lookup(ages, "ann", -1), Lookup(ages, "bob", -1))
	fmt.Println(Triple(1, "s", 2.0), Triple[int8](1, 'r', 1 == 1), Triple[Score, Score](1, 2, []int{}))
}
