// run

// Generic sparse matrix keyed by (row,col) struct; sorted Entries iterator (Seq2), Transpose, Mul with dense vector, Map between element types.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Num interface{ ~int | ~float64 }

type rc struct{ r, c int }

type Sparse[T Num] struct {
	rows, cols int
	m          map[rc]T
}

func NewSparse[T Num](r, c int) *Sparse[T] { return &Sparse[T]{r, c, map[rc]T{}} }

func (s *Sparse[T]) Set(r, c int, v T) {
	if v == 0 {
		delete(s.m, rc{r, c})
		return
	}
	s.m[rc{r, c}] = v
}

func (s *Sparse[T]) Entries() iter.Seq2[[2]int, T] {
	return func(yield func([2]int, T) bool) {
		keys := slices.SortedFunc(maps.Keys(s.m), func(a, b rc) int {
			return cmp.Or(cmp.Compare(a.r, b.r), cmp.Compare(a.c, b.c))
		})
		for _, k := range keys {
			if !yield([2]int{k.r, k.c}, s.m[k]) {
				return
			}
		}
	}
}

func (s *Sparse[T]) T() *Sparse[T] {
	t := NewSparse[T](s.cols, s.rows)
	for k, v := range s.m {
		t.m[rc{k.c, k.r}] = v
	}
	return t
}

func (s *Sparse[T]) MulVec(v []T) []T {
	out := make([]T, s.rows)
	for k, x := range s.m {
		out[k.r] += x * v[k.c]
	}
	return out
}

func MapSparse[T, U Num](s *Sparse[T], f func(T) U) *Sparse[U] {
	o := NewSparse[U](s.rows, s.cols)
	for k, v := range s.Entries() {
		o.Set(k[0], k[1], f(v))
	}
	return o
}

func main() {
	s := NewSparse[int](3, 4)
	s.Set(0, 3, 5)
	s.Set(2, 0, -1)
	s.Set(1, 1, 7)
	s.Set(0, 0, 2)
	s.Set(1, 1, 0)
	for k, v := range s.Entries() {
		fmt.Println(k, v)
	}
	fmt.Println(s.MulVec([]int{1, 2, 3, 4}))
	for k, v := range s.T().Entries() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	h := MapSparse(s, func(x int) float64 { return float64(x) / 4 })
	fmt.Println(h.MulVec([]float64{1, 0, 0, 1}), len(h.m))
	z := MapSparse(s, func(x int) int { return x * 0 })
	fmt.Println(len(z.m))
}
