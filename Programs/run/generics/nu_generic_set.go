// run

// Generic Set[T comparable] as a named map type with Union/Intersect/Difference/SymmetricDiff, subset checks, an iter.Seq All(), sorted String() via a cmp.Ordered helper, and sets of structs.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] map[T]struct{}

func Of[T comparable](xs ...T) Set[T] {
	s := make(Set[T], len(xs))
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)           { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool      { _, ok := s[x]; return ok }
func (s Set[T]) Len() int          { return len(s) }
func (s Set[T]) All() iter.Seq[T]  { return maps.Keys(s) }
func (s Set[T]) Clone() Set[T]     { return maps.Clone(s) }
func (s Set[T]) Remove(xs ...T)    { for _, x := range xs { delete(s, x) } }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := make(Set[T], len(s)+len(o))
	for x := range s {
		r.Add(x)
	}
	for x := range o {
		r.Add(x)
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	small, big := s, o
	if len(big) < len(small) {
		small, big = big, small
	}
	r := Set[T]{}
	for x := range small {
		if big.Has(x) {
			r.Add(x)
		}
	}
	return r
}

func (s Set[T]) Difference(o Set[T]) Set[T] {
	r := Set[T]{}
	for x := range s.All() {
		if !o.Has(x) {
			r.Add(x)
		}
	}
	return r
}

func (s Set[T]) SymmetricDiff(o Set[T]) Set[T] { return s.Difference(o).Union(o.Difference(s)) }

func (s Set[T]) SubsetOf(o Set[T]) bool {
	for x := range s {
		if !o.Has(x) {
			return false
		}
	}
	return true
}

func Sorted[T cmp.Ordered](s Set[T]) []T { return slices.Sorted(s.All()) }

func Show[T cmp.Ordered](s Set[T]) string {
	parts := make([]string, 0, s.Len())
	for _, x := range Sorted(s) {
		parts = append(parts, fmt.Sprint(x))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

type Coord struct{ X, Y int }

func neighbors(c Coord) Set[Coord] {
	return Of(Coord{c.X + 1, c.Y}, Coord{c.X - 1, c.Y}, Coord{c.X, c.Y + 1}, Coord{c.X, c.Y - 1})
}

func main() {
	a := Of(1, 2, 3, 4, 5)
	b := Of(4, 5, 6, 7)
	fmt.Println(Show(a.Union(b)), Show(a.Intersect(b)), Show(a.Difference(b)), Show(a.SymmetricDiff(b)))
	fmt.Println(Of(2, 3).SubsetOf(a), b.SubsetOf(a), Set[int]{}.SubsetOf(b))
	a.Remove(1, 2, 99)
	fmt.Println(Show(a), a.Len(), a.Has(3), a.Has(1))

	langs := Of(strings.Fields("go rust zig go swift rust")...)
	fast := Of("c", "rust", "zig", "go")
	fmt.Println(Show(langs), Show(langs.Intersect(fast)))

	ripple := Of(Coord{0, 0})
	seen := ripple.Clone()
	for step := 1; step <= 3; step++ {
		next := Set[Coord]{}
		for c := range ripple.All() {
			next = next.Union(neighbors(c))
		}
		ripple = next.Difference(seen)
		seen = seen.Union(ripple)
		pts := slices.SortedFunc(ripple.All(), func(p, q Coord) int { return cmp.Or(cmp.Compare(p.X, q.X), cmp.Compare(p.Y, q.Y)) })
		fmt.Println("step", step, len(pts), pts)
	}
	fmt.Println("seen", seen.Len())

	type F float64
	fs := Of[F](1.5, 0.25, 1.5, -2)
	fmt.Println(Show(fs), fmt.Sprintf("%T", fs))
	var nilSet Set[string]
	fmt.Println(nilSet.Has("x"), nilSet.Len(), Show(nilSet.Union(Of("y"))))
}
