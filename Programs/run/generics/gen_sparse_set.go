// run

// Generic sparse set over ~uint32 entity ids with a parallel dense component array: O(1) add/remove by swap, dense iteration order, Seq2 views, and joining two sets.

package main

import (
	"fmt"
	"iter"
	"slices"
)

type EntityID uint32

type Index interface{ ~uint8 | ~uint16 | ~uint32 }

type SparseSet[I Index, C any] struct {
	sparse []int // id -> dense index + 1 (0 = absent)
	dense  []I
	comps  []C
}

func NewSparseSet[I Index, C any](universe int) *SparseSet[I, C] {
	return &SparseSet[I, C]{sparse: make([]int, universe)}
}

func (s *SparseSet[I, C]) Has(id I) bool {
	return int(id) < len(s.sparse) && s.sparse[id] != 0
}

func (s *SparseSet[I, C]) Add(id I, c C) {
	if s.Has(id) {
		s.comps[s.sparse[id]-1] = c
		return
	}
	s.dense = append(s.dense, id)
	s.comps = append(s.comps, c)
	s.sparse[id] = len(s.dense)
}

func (s *SparseSet[I, C]) Remove(id I) bool {
	if !s.Has(id) {
		return false
	}
	i := s.sparse[id] - 1
	last := len(s.dense) - 1
	moved := s.dense[last]
	s.dense[i], s.comps[i] = moved, s.comps[last]
	s.sparse[moved] = i + 1
	s.sparse[id] = 0
	var zero C
	s.comps[last] = zero
	s.dense, s.comps = s.dense[:last], s.comps[:last]
	return true
}

func (s *SparseSet[I, C]) Get(id I) (*C, bool) {
	if !s.Has(id) {
		return nil, false
	}
	return &s.comps[s.sparse[id]-1], true
}

func (s *SparseSet[I, C]) Len() int { return len(s.dense) }

func (s *SparseSet[I, C]) All() iter.Seq2[I, *C] {
	return func(yield func(I, *C) bool) {
		for i, id := range s.dense {
			if !yield(id, &s.comps[i]) {
				return
			}
		}
	}
}

// Join visits ids present in both sets, driven by the smaller one.
func Join[I Index, A, B any](a *SparseSet[I, A], b *SparseSet[I, B]) iter.Seq2[I, struct {
	A *A
	B *B
}] {
	return func(yield func(I, struct {
		A *A
		B *B
	}) bool) {
		for id, pa := range a.All() {
			if pb, ok := b.Get(id); ok {
				if !yield(id, struct {
					A *A
					B *B
				}{pa, pb}) {
					return
				}
			}
		}
	}
}

type Pos struct{ X, Y int }
type Vel struct{ DX, DY int }

func main() {
	pos := NewSparseSet[EntityID, Pos](16)
	vel := NewSparseSet[EntityID, Vel](16)
	for id := EntityID(1); id <= 8; id++ {
		pos.Add(id, Pos{int(id), 0})
		if id%2 == 0 {
			vel.Add(id, Vel{1, int(id)})
		}
	}
	fmt.Println("dense", pos.dense, "len", pos.Len())
	fmt.Println(pos.Remove(3), pos.Remove(3), pos.Remove(15), pos.Has(8))
	fmt.Println("dense after remove", pos.dense)
	pos.Add(12, Pos{12, 12})
	pos.Add(4, Pos{40, 40})
	for step := 0; step < 2; step++ {
		for id, pv := range Join(pos, vel) {
			pv.A.X += pv.B.DX
			pv.A.Y += pv.B.DY
			_ = id
		}
	}
	ids := []EntityID{}
	for id, p := range pos.All() {
		ids = append(ids, id)
		_ = p
	}
	slices.Sort(ids)
	for _, id := range ids {
		p, _ := pos.Get(id)
		fmt.Printf("%d:%v ", id, *p)
	}
	fmt.Println()
	for id := range Join(vel, pos) {
		if id > 6 {
			break
		}
		fmt.Print(id, " ")
	}
	fmt.Println()

	small := NewSparseSet[uint8, string](4)
	small.Add(2, "two")
	small.Add(0, "zero")
	small.Remove(2)
	fmt.Printf("%v %q %d %T\n", small.dense, small.comps, len(small.comps[:cap(small.comps)]), small)
}
