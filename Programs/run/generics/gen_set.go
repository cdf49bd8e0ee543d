// run

// Generic Set[T comparable] with Union/Intersect/Difference, sorted output via maps.Keys + slices.Sorted.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](xs ...T) Set[T] {
	s := make(Set[T], len(xs))
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)           { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool      { _, ok := s[x]; return ok }
func (s Set[T]) Len() int          { return len(s) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := maps.Clone(s)
	maps.Copy(r, o)
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set[T]) Difference(o Set[T]) Set[T] {
	r := maps.Clone(s)
	maps.DeleteFunc(r, func(k T, _ struct{}) bool { return o.Has(k) })
	return r
}

func Sorted[T cmp.Ordered](s Set[T]) []T { return slices.Sorted(maps.Keys(s)) }

type point struct{ x, y int }

func main() {
	a := SetOf(1, 2, 3, 4, 5)
	b := SetOf(4, 5, 6, 7)
	fmt.Println("union", Sorted(a.Union(b)))
	fmt.Println("inter", Sorted(a.Intersect(b)))
	fmt.Println("a-b", Sorted(a.Difference(b)))
	fmt.Println("b-a", Sorted(b.Difference(a)))
	fmt.Println(a.Has(3), b.Has(3), a.Len())
	w := SetOf(strings()...)
	fmt.Println(Sorted(w), w.Len())
	ps := SetOf(point{1, 2}, point{3, 4}, point{1, 2})
	fmt.Println(ps.Len(), ps.Has(point{3, 4}), ps.Has(point{4, 3}))
	pts := slices.SortedFunc(maps.Keys(ps), func(p, q point) int { return cmp.Compare(p.x, q.x) })
	fmt.Println(pts)
	var nilSet Set[string]
	fmt.Println(nilSet.Has("x"), nilSet.Len(), len(Sorted(nilSet)))
}

func strings() []string { return []string{"the", "cat", "the", "hat", "a", "cat"} }
