// run

// Generic bit set keyed by ~int enum types (weekdays, permissions, small ints): Add/Remove/Has, set algebra, iter.Seq of members in order, and String via the element's own String method.

package main

import (
	"fmt"
	"iter"
	"math/bits"
	"slices"
	"strings"
)

type Small interface{ ~int | ~int8 | ~uint8 }

type BitSet[E Small] struct{ words []uint64 }

func Of[E Small](es ...E) BitSet[E] {
	var s BitSet[E]
	for _, e := range es {
		s.Add(e)
	}
	return s
}

func (s *BitSet[E]) Add(e E) {
	w, b := int(e)/64, uint(e)%64
	for len(s.words) <= w {
		s.words = append(s.words, 0)
	}
	s.words[w] |= 1 << b
}

func (s *BitSet[E]) Remove(e E) {
	if w := int(e) / 64; w < len(s.words) {
		s.words[w] &^= 1 << (uint(e) % 64)
	}
}

func (s BitSet[E]) Clone() BitSet[E] { return BitSet[E]{slices.Clone(s.words)} }

func (s BitSet[E]) Has(e E) bool {
	w := int(e) / 64
	return w < len(s.words) && s.words[w]&(1<<(uint(e)%64)) != 0
}

func (s BitSet[E]) Len() int {
	n := 0
	for _, w := range s.words {
		n += bits.OnesCount64(w)
	}
	return n
}

func combine[E Small](a, b BitSet[E], op func(x, y uint64) uint64) BitSet[E] {
	n := max(len(a.words), len(b.words))
	out := BitSet[E]{words: make([]uint64, n)}
	for i := range n {
		var x, y uint64
		if i < len(a.words) {
			x = a.words[i]
		}
		if i < len(b.words) {
			y = b.words[i]
		}
		out.words[i] = op(x, y)
	}
	return out
}

func (s BitSet[E]) Union(o BitSet[E]) BitSet[E] {
	return combine(s, o, func(x, y uint64) uint64 { return x | y })
}
func (s BitSet[E]) Intersect(o BitSet[E]) BitSet[E] {
	return combine(s, o, func(x, y uint64) uint64 { return x & y })
}
func (s BitSet[E]) Minus(o BitSet[E]) BitSet[E] {
	return combine(s, o, func(x, y uint64) uint64 { return x &^ y })
}

func (s BitSet[E]) All() iter.Seq[E] {
	return func(yield func(E) bool) {
		for i, w := range s.words {
			for w != 0 {
				b := bits.TrailingZeros64(w)
				if !yield(E(i*64 + b)) {
					return
				}
				w &= w - 1
			}
		}
	}
}

func (s BitSet[E]) String() string {
	parts := []string{}
	for e := range s.All() {
		parts = append(parts, fmt.Sprint(e))
	}
	return "{" + strings.Join(parts, ",") + "}"
}

type Weekday int8

const Sun, Mon, Tue, Wed, Thu, Fri, Sat Weekday = 0, 1, 2, 3, 4, 5, 6

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type Perm uint8

const Read, Write, Exec, Admin Perm = 0, 1, 2, 3

func (p Perm) String() string { return [...]string{"r", "w", "x", "A"}[p] }

func main() {
	weekend := Of(Sat, Sun)
	work := Of(Mon, Tue, Wed, Thu, Fri)
	gym := Of(Mon, Wed, Sat)
	fmt.Println(weekend, work, gym)
	fmt.Println("gym on workdays:", gym.Intersect(work), "free gym:", gym.Minus(work))
	all := weekend.Union(work)
	fmt.Println(all.Len(), all.Has(Thu), weekend.Has(Thu))
	fmt.Printf("%v %T\n", all, all)

	roles := map[string]BitSet[Perm]{"dev": Of(Read, Write, Exec), "root": Of(Read, Write, Exec, Admin)}
	dev, cp := roles["dev"], roles["dev"].Clone()
	cp.Remove(Exec)
	dev.Remove(Write) // dev shares its words slice with the map entry
	fmt.Println(roles["dev"], cp, dev, roles["root"].Minus(cp), roles["root"].Len())

	var big BitSet[int]
	for i := 0; i < 200; i += 37 {
		big.Add(i)
	}
	big.Add(64)
	fmt.Println(big, len(big.words), big.Len())
	for e := range big.All() {
		if e > 64 {
			break
		}
		fmt.Print(e, " ")
	}
	fmt.Println()
	var empty BitSet[Weekday]
	fmt.Println(empty, empty.Has(Mon), empty.Union(Of(Tue)))
}
