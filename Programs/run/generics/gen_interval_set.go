// run

// IntervalSet[T cmp.Ordered] of half-open intervals kept sorted and merged: Add with coalescing, Remove splitting intervals, Contains via binary search, Gaps, and String for ints, floats, strings and a named time type.

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Interval[T cmp.Ordered] struct{ Lo, Hi T }

func (iv Interval[T]) String() string { return fmt.Sprintf("[%v,%v)", iv.Lo, iv.Hi) }

type IntervalSet[T cmp.Ordered] struct{ ivs []Interval[T] }

func (s *IntervalSet[T]) Add(lo, hi T) {
	if !(lo < hi) {
		return
	}
	// first interval whose Hi >= lo
	i, _ := slices.BinarySearchFunc(s.ivs, lo, func(iv Interval[T], x T) int { return cmp.Compare(iv.Hi, x) })
	j := i
	for j < len(s.ivs) && s.ivs[j].Lo <= hi {
		lo = min(lo, s.ivs[j].Lo)
		hi = max(hi, s.ivs[j].Hi)
		j++
	}
	s.ivs = slices.Replace(s.ivs, i, j, Interval[T]{lo, hi})
}

func (s *IntervalSet[T]) Remove(lo, hi T) {
	var out []Interval[T]
	for _, iv := range s.ivs {
		if iv.Hi <= lo || hi <= iv.Lo {
			out = append(out, iv)
			continue
		}
		if iv.Lo < lo {
			out = append(out, Interval[T]{iv.Lo, lo})
		}
		if hi < iv.Hi {
			out = append(out, Interval[T]{hi, iv.Hi})
		}
	}
	s.ivs = out
}

func (s *IntervalSet[T]) Contains(x T) bool {
	i, found := slices.BinarySearchFunc(s.ivs, x, func(iv Interval[T], x T) int {
		switch {
		case iv.Hi <= x:
			return -1
		case x < iv.Lo:
			return 1
		}
		return 0
	})
	_ = i
	return found
}

func (s *IntervalSet[T]) Gaps(lo, hi T) []Interval[T] {
	var out []Interval[T]
	cur := lo
	for _, iv := range s.ivs {
		if iv.Hi <= cur {
			continue
		}
		if iv.Lo >= hi {
			break
		}
		if cur < iv.Lo {
			out = append(out, Interval[T]{cur, iv.Lo})
		}
		cur = max(cur, iv.Hi)
	}
	if cur < hi {
		out = append(out, Interval[T]{cur, hi})
	}
	return out
}

func (s IntervalSet[T]) String() string {
	parts := make([]string, len(s.ivs))
	for i, iv := range s.ivs {
		parts[i] = iv.String()
	}
	return "{" + strings.Join(parts, " ") + "}"
}

type Minute int

func (m Minute) String() string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }

func main() {
	var s IntervalSet[int]
	for _, p := range [][2]int{{1, 3}, {10, 12}, {5, 7}, {2, 5}, {20, 25}, {12, 14}, {30, 30}} {
		s.Add(p[0], p[1])
		fmt.Println("add", p, "->", s)
	}
	s.Remove(11, 22)
	fmt.Println("remove [11,22) ->", s)
	for _, x := range []int{0, 1, 6, 7, 10, 11, 22, 24, 25} {
		fmt.Print(x, ":", s.Contains(x), " ")
	}
	fmt.Println()
	fmt.Println("gaps in [0,30):", s.Gaps(0, 30))

	var busy IntervalSet[Minute]
	busy.Add(9*60, 10*60+30)
	busy.Add(13*60, 14*60)
	busy.Add(10*60+15, 11*60)
	busy.Add(16*60+45, 17*60+30)
	fmt.Println("busy:", busy)
	fmt.Println("free 09:00-18:00:", busy.Gaps(9*60, 18*60))

	var fs IntervalSet[float64]
	fs.Add(0.5, 1.5)
	fs.Add(1.5, 2.25)
	fs.Add(-1, 0)
	fmt.Println(fs, fs.Contains(1.5), fs.Contains(2.25), fs.Contains(-0.5))

	var names IntervalSet[string]
	names.Add("a", "f")
	names.Add("m", "q")
	names.Add("e", "h")
	fmt.Println(names, names.Contains("gopher"), names.Contains("zed"), names.Gaps("a", "z"))
	fmt.Printf("%T %v\n", names.ivs, names.ivs[0])
}
