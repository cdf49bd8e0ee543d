// run

package main

import "fmt"

type Lesser[T any] interface {
	Less(T) bool
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

type Point struct{ X, Y int }

func (p Point) Less(q Point) bool {
	if p.X != q.X {
		return p.X < q.X
	}
	return p.Y < q.Y
}

func MinOf[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

func SortInsertion[T Lesser[T]](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Less(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func main() {
	fmt.Println(MinOf(Age(30), Age(7), Age(12)))
	fmt.Println(MinOf(Point{2, 1}, Point{1, 5}, Point{1, 2}))
	ps := []Point{{3, 3}, {1, 2}, {2, 0}, {1, 1}}
	SortInsertion(ps)
	fmt.Println(ps)
}
