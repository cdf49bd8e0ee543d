// run

// Deeply nested instantiated generic types as type arguments: Map of Lists of Pairs, generic type aliases-free nesting, %T output.

package main

import (
	"fmt"
	"slices"
	"strings"
)

type Pair[K comparable, V any] struct {
	K K
	V V
}

type List[T any] []T

func (l List[T]) Len() int { return len(l) }

func (l List[T]) Each(f func(int, T)) {
	for i, x := range l {
		f(i, x)
	}
}

type Table[K comparable, V any] struct {
	rows List[Pair[K, V]]
}

func (t *Table[K, V]) Add(k K, v V) { t.rows = append(t.rows, Pair[K, V]{k, v}) }

func (t *Table[K, V]) Lookup(k K) List[V] {
	var out List[V]
	for _, r := range t.rows {
		if r.K == k {
			out = append(out, r.V)
		}
	}
	return out
}

type Matrix[T any] List[List[T]]

func main() {
	var t Table[string, List[Pair[int, bool]]]
	t.Add("a", List[Pair[int, bool]]{{1, true}, {2, false}})
	t.Add("b", nil)
	t.Add("a", List[Pair[int, bool]]{{3, true}})
	got := t.Lookup("a")
	fmt.Println(got.Len(), got)
	got.Each(func(i int, l List[Pair[int, bool]]) {
		fmt.Println(i, l.Len(), l)
	})
	fmt.Printf("%T\n", t)
	fmt.Printf("%T\n", got)
	fmt.Println(t.Lookup("b").Len(), t.Lookup("b")[0] == nil, t.Lookup("zz") == nil)
	m := Matrix[string]{{"a", "b"}, {"c"}}
	var parts []string
	for _, row := range m {
		parts = append(parts, strings.Join(row, "+"))
	}
	fmt.Println(parts)
	fmt.Printf("%T %T\n", m, m[0])
	key := Pair[Pair[int, string], [2]bool]{Pair[int, string]{1, "x"}, [2]bool{true, false}}
	mp := map[Pair[Pair[int, string], [2]bool]]int{key: 9}
	fmt.Println(mp[key], mp[Pair[Pair[int, string], [2]bool]{}])
	ps := []Pair[string, int]{{"b", 2}, {"a", 2}, {"c", 1}}
	slices.SortFunc(ps, func(x, y Pair[string, int]) int { return strings.Compare(x.K, y.K) })
	fmt.Printf("%v %+v\n", ps, ps[0])
}
