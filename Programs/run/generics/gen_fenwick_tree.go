// run

// Fenwick (binary indexed) tree over ~int|~int64|~float64 named types: point add, prefix and range sums, lower-bound search for a prefix target, and building from a slice in O(n).

package main

import "fmt"

type Number interface{ ~int | ~int64 | ~float64 }

type Fenwick[T Number] struct{ tree []T } // 1-based

func NewFenwick[T Number](n int) *Fenwick[T] { return &Fenwick[T]{tree: make([]T, n+1)} }

func FromSlice[T Number](xs []T) *Fenwick[T] {
	f := &Fenwick[T]{tree: make([]T, len(xs)+1)}
	copy(f.tree[1:], xs)
	for i := 1; i < len(f.tree); i++ {
		if j := i + i&-i; j < len(f.tree) {
			f.tree[j] += f.tree[i]
		}
	}
	return f
}

func (f *Fenwick[T]) Add(i int, d T) {
	for i++; i < len(f.tree); i += i & -i {
		f.tree[i] += d
	}
}

// Prefix returns the sum of elements [0, i).
func (f *Fenwick[T]) Prefix(i int) T {
	var s T
	for ; i > 0; i -= i & -i {
		s += f.tree[i]
	}
	return s
}

func (f *Fenwick[T]) Range(lo, hi int) T { return f.Prefix(hi) - f.Prefix(lo) }

func (f *Fenwick[T]) At(i int) T { return f.Range(i, i+1) }

// LowerBound finds the smallest i with Prefix(i+1) >= target (all values non-negative).
func (f *Fenwick[T]) LowerBound(target T) int {
	pos := 0
	step := 1
	for step*2 < len(f.tree) {
		step *= 2
	}
	for ; step > 0; step /= 2 {
		if next := pos + step; next < len(f.tree) && f.tree[next] < target {
			pos = next
			target -= f.tree[next]
		}
	}
	return pos
}

func (f *Fenwick[T]) Values() []T {
	out := make([]T, len(f.tree)-1)
	for i := range out {
		out[i] = f.At(i)
	}
	return out
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Liters float64

func main() {
	f := FromSlice([]int{3, 1, 4, 1, 5, 9, 2, 6})
	fmt.Println(f.Values(), f.Prefix(8), f.Range(2, 5), f.At(5))
	g := NewFenwick[int](8)
	for i, v := range []int{3, 1, 4, 1, 5, 9, 2, 6} {
		g.Add(i, v)
	}
	fmt.Println("same tree:", fmt.Sprint(f.tree) == fmt.Sprint(g.tree), f.tree)
	f.Add(3, 10)
	fmt.Println(f.Values(), f.Range(0, 4))
	for _, t := range []int{1, 4, 5, 19, 20, 41, 42} {
		fmt.Print(t, "->", f.LowerBound(t), " ")
	}
	fmt.Println()

	daily := FromSlice([]Cents{1250, 399, 0, 10000, 75})
	fmt.Println(daily.Prefix(5), daily.Range(1, 4), daily.Values())
	daily.Add(2, -150)
	fmt.Printf("%v %T\n", daily.Range(0, 3), daily.Range(0, 3))

	tank := NewFenwick[Liters](4)
	tank.Add(0, 12.5)
	tank.Add(2, 7.25)
	tank.Add(3, 0.125)
	tank.Add(0, -2.5)
	fmt.Println(tank.Values(), tank.Prefix(4), tank.LowerBound(10), tank.LowerBound(10.1))
}
