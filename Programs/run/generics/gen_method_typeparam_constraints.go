// run

// Go 1.27 generic methods whose own type parameters carry constraints: Series[T].Convert[U Number], Table[K,V].GroupBy[G comparable], recursion inside a generic method, method values of instantiated generic methods, and chaining across instantiations.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Number interface{ ~int | ~int32 | ~float64 }

type Series[T Number] struct {
	Name string
	Vals []T
}

func (s Series[T]) Sum() (t T) {
	for _, v := range s.Vals {
		t += v
	}
	return
}

func (s Series[T]) Convert[U Number]() Series[U] {
	out := Series[U]{Name: s.Name + "'", Vals: make([]U, len(s.Vals))}
	for i, v := range s.Vals {
		out.Vals[i] = U(v)
	}
	return out
}

func (s Series[T]) Zip[U Number, R any](o Series[U], f func(T, U) R) []R {
	n := min(len(s.Vals), len(o.Vals))
	out := make([]R, n)
	for i := range n {
		out[i] = f(s.Vals[i], o.Vals[i])
	}
	return out
}

// Pow applies f n times recursively; the method calls itself with the same type arguments.
func (s Series[T]) Iterate[A any](n int, acc A, f func(A, Series[T]) A) A {
	if n == 0 {
		return acc
	}
	return s.Iterate(n-1, f(acc, s), f)
}

type Row[K comparable, V any] struct {
	Key K
	Val V
}

type Table[K cmp.Ordered, V any] struct{ rows []Row[K, V] }

func (t *Table[K, V]) Add(k K, v V) *Table[K, V] {
	t.rows = append(t.rows, Row[K, V]{k, v})
	return t
}

func (t *Table[K, V]) GroupBy[G cmp.Ordered](f func(V) G) map[G][]K {
	out := map[G][]K{}
	for _, r := range t.rows {
		g := f(r.Val)
		out[g] = append(out[g], r.Key)
	}
	return out
}

func (t *Table[K, V]) MapVals[W any](f func(V) W) *Table[K, W] {
	nt := &Table[K, W]{}
	for _, r := range t.rows {
		nt.Add(r.Key, f(r.Val))
	}
	return nt
}

func (t *Table[K, V]) String() string {
	var b strings.Builder
	for _, r := range t.rows {
		fmt.Fprintf(&b, "%v:%v ", r.Key, r.Val)
	}
	return strings.TrimSpace(b.String())
}

type Kelvin float64

func main() {
	temps := Series[float64]{"temps", []float64{21.7, 19.2, 25.9}}
	asInt := temps.Convert[int]()
	asK := temps.Convert[Kelvin]()
	fmt.Println(asInt, asInt.Sum(), temps.Sum())
	fmt.Printf("%v %T %.2f\n", asK.Name, asK, float64(asK.Sum()))
	fmt.Println(asInt.Convert[int32]().Convert[float64]().Vals)

	diffs := temps.Zip(asInt, func(f float64, i int) string { return fmt.Sprintf("%.1f", f-float64(i)) })
	fmt.Println(diffs)
	pairs := Series[int32]{"a", []int32{1, 2, 3, 4}}.Zip(Series[int]{"b", []int{10, 20}}, func(a int32, b int) [2]int { return [2]int{int(a), b} })
	fmt.Println(pairs)

	doubling := asInt.Iterate(3, []int{}, func(acc []int, s Series[int]) []int { return append(acc, s.Sum()*(len(acc)+1)) })
	fmt.Println(doubling)

	conv := temps.Convert[int32]
	fmt.Printf("%T %v\n", conv, conv().Vals)

	t := &Table[string, int]{}
	t.Add("ann", 34).Add("bob", 27).Add("cid", 41).Add("dee", 29).Add("eve", 38)
	byDecade := t.GroupBy(func(age int) int { return age / 10 * 10 })
	for _, d := range slices.Sorted(maps.Keys(byDecade)) {
		fmt.Println(d, byDecade[d])
	}
	parity := t.GroupBy[string](func(age int) string { return map[bool]string{true: "even", false: "odd"}[age%2 == 0] })
	fmt.Println(parity["even"], parity["odd"])
	labels := t.MapVals(func(a int) string { return strings.Repeat("#", a/10) })
	fmt.Println(labels)
	fmt.Println(labels.MapVals(func(s string) int { return len(s) }).GroupBy(func(n int) int { return n }))
	fmt.Printf("%T\n", labels)
}
