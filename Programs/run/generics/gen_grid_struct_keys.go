// run

// Sparse grid map keyed by generic Point[T ~int] structs: flood fill over regions, Conway's life steps with neighbor counting in map[Point[T]]int, bounding boxes, and sorted rendering.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Coord interface{ ~int | ~int16 | ~int64 }

type Point[T Coord] struct{ X, Y T }

func (p Point[T]) Add(q Point[T]) Point[T] { return Point[T]{p.X + q.X, p.Y + q.Y} }

func comparePoints[T Coord](a, b Point[T]) int {
	return cmp.Or(cmp.Compare(a.Y, b.Y), cmp.Compare(a.X, b.X))
}

type Grid[T Coord, V comparable] map[Point[T]]V

func Neighbors8[T Coord]() []Point[T] {
	var out []Point[T]
	for dy := T(0) - 1; dy <= 1; dy++ {
		for dx := T(0) - 1; dx <= 1; dx++ {
			if dx != 0 || dy != 0 {
				out = append(out, Point[T]{dx, dy})
			}
		}
	}
	return out
}

func (g Grid[T, V]) Bounds() (lo, hi Point[T]) {
	first := true
	for p := range g {
		if first {
			lo, hi, first = p, p, false
			continue
		}
		lo = Point[T]{min(lo.X, p.X), min(lo.Y, p.Y)}
		hi = Point[T]{max(hi.X, p.X), max(hi.Y, p.Y)}
	}
	return
}

func (g Grid[T, V]) Render(show func(V) byte) string {
	lo, hi := g.Bounds()
	var b strings.Builder
	for y := lo.Y; y <= hi.Y; y++ {
		for x := lo.X; x <= hi.X; x++ {
			if v, ok := g[Point[T]{x, y}]; ok {
				b.WriteByte(show(v))
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// Regions groups 4-connected cells with equal values.
func Regions[T Coord, V comparable](g Grid[T, V]) map[V][]int {
	seen := map[Point[T]]bool{}
	out := map[V][]int{}
	dirs := []Point[T]{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	for _, start := range slices.SortedFunc(maps.Keys(g), comparePoints[T]) {
		if seen[start] {
			continue
		}
		v, size := g[start], 0
		stack := []Point[T]{start}
		seen[start] = true
		for len(stack) > 0 {
			p := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			size++
			for _, d := range dirs {
				q := p.Add(d)
				if w, ok := g[q]; ok && w == v && !seen[q] {
					seen[q] = true
					stack = append(stack, q)
				}
			}
		}
		out[v] = append(out[v], size)
	}
	return out
}

func Life[T Coord](alive Grid[T, bool]) Grid[T, bool] {
	counts := map[Point[T]]int{}
	for p := range alive {
		for _, d := range Neighbors8[T]() {
			counts[p.Add(d)]++
		}
	}
	next := Grid[T, bool]{}
	for p, n := range counts {
		if n == 3 || (n == 2 && alive[p]) {
			next[p] = true
		}
	}
	return next
}

func main() {
	farm := Grid[int, rune]{}
	for y, row := range []string{"AAB", "ABB", "CCA", "CAA"} {
		for x, r := range row {
			farm[Point[int]{x, y}] = r
		}
	}
	regions := Regions(farm)
	for _, k := range slices.Sorted(maps.Keys(regions)) {
		fmt.Printf("%c: %v\n", k, regions[k])
	}

	glider := Grid[int16, bool]{{1, 0}: true, {2, 1}: true, {0, 2}: true, {1, 2}: true, {2, 2}: true}
	g := glider
	for range 4 {
		g = Life(g)
	}
	lo, hi := g.Bounds()
	fmt.Println(len(g), lo, hi)
	fmt.Print(g.Render(func(bool) byte { return '#' }))
	cells := slices.SortedFunc(maps.Keys(g), comparePoints[int16])
	fmt.Println(cells)
	moved := true
	for p := range glider {
		moved = moved && g[p.Add(Point[int16]{1, 1})]
	}
	fmt.Println("glider moved by (1,1):", moved)
	blinker := Grid[int64, bool]{{0, 1}: true, {1, 1}: true, {2, 1}: true}
	fmt.Print(Life(blinker).Render(func(bool) byte { return 'o' }))
	fmt.Println(maps.Equal(Life(Life(blinker)), blinker), len(Neighbors8[int64]()))
	fmt.Printf("%T %v\n", g, Point[int64]{-1, 2}.Add(Point[int64]{1, -2}) == Point[int64]{})
}
