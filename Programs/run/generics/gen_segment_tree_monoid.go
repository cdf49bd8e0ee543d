// run

// Segment tree generic over a monoid (combine func + identity): range sum, range min and string concatenation, point updates, recursive queries, and a Monoid value built from cmp.Ordered.

package main

import (
	"cmp"
	"fmt"
	"math"
	"strings"
)

type Monoid[T any] struct {
	Empty   T
	Combine func(a, b T) T
}

type SegTree[T any] struct {
	m    Monoid[T]
	n    int
	tree []T
}

func Build[T any](m Monoid[T], xs []T) *SegTree[T] {
	st := &SegTree[T]{m: m, n: len(xs), tree: make([]T, 4*max(1, len(xs)))}
	var build func(node, lo, hi int)
	build = func(node, lo, hi int) {
		if lo == hi {
			st.tree[node] = xs[lo]
			return
		}
		mid := (lo + hi) / 2
		build(2*node, lo, mid)
		build(2*node+1, mid+1, hi)
		st.tree[node] = m.Combine(st.tree[2*node], st.tree[2*node+1])
	}
	if len(xs) > 0 {
		build(1, 0, len(xs)-1)
	}
	return st
}

func (st *SegTree[T]) query(node, lo, hi, l, r int) T {
	if r < lo || hi < l {
		return st.m.Empty
	}
	if l <= lo && hi <= r {
		return st.tree[node]
	}
	mid := (lo + hi) / 2
	return st.m.Combine(st.query(2*node, lo, mid, l, r), st.query(2*node+1, mid+1, hi, l, r))
}

// Query folds the closed range [l, r].
func (st *SegTree[T]) Query(l, r int) T { return st.query(1, 0, st.n-1, l, r) }

func (st *SegTree[T]) update(node, lo, hi, i int, v T) {
	if lo == hi {
		st.tree[node] = v
		return
	}
	mid := (lo + hi) / 2
	if i <= mid {
		st.update(2*node, lo, mid, i, v)
	} else {
		st.update(2*node+1, mid+1, hi, i, v)
	}
	st.tree[node] = st.m.Combine(st.tree[2*node], st.tree[2*node+1])
}

func (st *SegTree[T]) Set(i int, v T) { st.update(1, 0, st.n-1, i, v) }

type Number interface{ ~int | ~int64 | ~float64 }

func Sum[T Number]() Monoid[T] { return Monoid[T]{0, func(a, b T) T { return a + b }} }

func Min[T cmp.Ordered](top T) Monoid[T] { return Monoid[T]{top, func(a, b T) T { return min(a, b) }} }

type Span struct{ Lo, Hi int }

func main() {
	xs := []int{5, 3, 8, 6, 1, 4, 7, 2}
	sum := Build(Sum[int](), xs)
	mn := Build(Min(math.MaxInt), xs)
	for _, q := range []Span{{0, 7}, {2, 5}, {4, 4}, {6, 7}} {
		fmt.Printf("[%d,%d] sum=%d min=%d\n", q.Lo, q.Hi, sum.Query(q.Lo, q.Hi), mn.Query(q.Lo, q.Hi))
	}
	sum.Set(4, 100)
	mn.Set(4, 100)
	fmt.Println("after set:", sum.Query(0, 7), sum.Query(3, 5), mn.Query(0, 7), mn.Query(3, 5))

	words := strings.Fields("the quick brown fox jumps")
	cat := Build(Monoid[string]{"", func(a, b string) string {
		if a == "" || b == "" {
			return a + b
		}
		return a + "_" + b
	}}, words)
	fmt.Println(cat.Query(1, 3), "|", cat.Query(0, 4), "|", cat.Query(3, 1) == "")
	cat.Set(2, "RED")
	fmt.Println(cat.Query(0, 2))

	temps := []float64{12.5, 9.25, 15, 11.75}
	fmin := Build(Min(math.Inf(1)), temps)
	fsum := Build(Sum[float64](), temps)
	fmt.Println(fmin.Query(0, 3), fmin.Query(2, 3), fsum.Query(0, 3)/4)
	lex := Build(Min("\xff"), []string{"pear", "fig", "apple", "kiwi"})
	fmt.Println(lex.Query(0, 1), lex.Query(0, 3), lex.Query(3, 3))

	// Monoid over spans: the smallest span covering both.
	cover := Monoid[Span]{Span{math.MaxInt, math.MinInt}, func(a, b Span) Span {
		return Span{min(a.Lo, b.Lo), max(a.Hi, b.Hi)}
	}}
	spans := Build(cover, []Span{{3, 4}, {1, 2}, {7, 9}, {5, 6}})
	fmt.Println(spans.Query(0, 1), spans.Query(1, 3), spans.Query(2, 2))
	fmt.Printf("%T %T\n", spans, sum.m.Combine)
}
