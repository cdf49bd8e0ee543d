// run

// Arrays and type parameters: generic functions over [N]T fields, core type ~[4]E, comparing generic arrays, array of generic structs as map key.

package main

import "fmt"

type Vec4[T ~int | ~float64] [4]T

func (v Vec4[T]) Add(o Vec4[T]) Vec4[T] {
	for i := range v {
		v[i] += o[i]
	}
	return v
}

func Sum4[A ~[4]E, E ~int | ~float64](a A) E {
	var s E
	for _, x := range a {
		s += x
	}
	return s
}

type Window[T any] struct {
	buf [3]T
	n   int
}

func (w *Window[T]) Push(v T) {
	w.buf[w.n%3] = v
	w.n++
}

func (w Window[T]) Items() []T {
	if w.n < 3 {
		return w.buf[:w.n]
	}
	var out []T
	for i := 0; i < 3; i++ {
		out = append(out, w.buf[(w.n+i)%3])
	}
	return out
}

type Cell[T comparable] struct{ V T }

func main() {
	a := Vec4[int]{1, 2, 3, 4}
	b := a.Add(Vec4[int]{10, 20, 30, 40})
	fmt.Println(a, b, a == b, b == Vec4[int]{11, 22, 33, 44})
	fmt.Println(Sum4(b), Sum4([4]float64{0.5, 0.25, 0, 1}), Sum4(Vec4[float64]{1, 1, 1, 1}))
	var w Window[string]
	for _, s := range []string{"a", "b"} {
		w.Push(s)
	}
	fmt.Println(w.Items())
	for _, s := range []string{"c", "d", "e"} {
		w.Push(s)
		fmt.Println(w.Items())
	}
	w2 := w
	w2.Push("z")
	fmt.Println(w.Items(), w2.Items())
	grid := map[[2]Cell[string]]int{}
	grid[[2]Cell[string]{{"a"}, {"b"}}] = 1
	grid[[2]Cell[string]{{"a"}, {"b"}}]++
	grid[[2]Cell[string]{{"b"}, {"a"}}] = 5
	fmt.Println(len(grid), grid[[2]Cell[string]{{"a"}, {"b"}}])
	fmt.Println(Cell[int]{1} == Cell[int]{1}, [2]Cell[float64]{} == [2]Cell[float64]{{0}, {-0.0}})
}
