// run

// Generic union-find (disjoint set) over comparable elements with path compression and union by size; grouping output sorted.

package main

import (
	"fmt"
	"slices"
)

type DSU[T comparable] struct {
	parent map[T]T
	size   map[T]int
}

func NewDSU[T comparable]() *DSU[T] {
	return &DSU[T]{map[T]T{}, map[T]int{}}
}

func (d *DSU[T]) Find(x T) T {
	p, ok := d.parent[x]
	if !ok {
		d.parent[x] = x
		d.size[x] = 1
		return x
	}
	if p == x {
		return x
	}
	r := d.Find(p)
	d.parent[x] = r
	return r
}

func (d *DSU[T]) Union(a, b T) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.size[ra] < d.size[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	return true
}

func Groups[T comparable](d *DSU[T], less func(a, b T) int) [][]T {
	m := map[T][]T{}
	for x := range d.parent {
		r := d.Find(x)
		m[r] = append(m[r], x)
	}
	var out [][]T
	for _, g := range m {
		slices.SortFunc(g, less)
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b []T) int { return less(a[0], b[0]) })
	return out
}

type cell struct{ r, c int }

func main() {
	d := NewDSU[string]()
	pairs := [][2]string{{"a", "b"}, {"c", "d"}, {"b", "d"}, {"e", "f"}, {"a", "c"}, {"g", "g"}}
	for _, p := range pairs {
		fmt.Print(d.Union(p[0], p[1]), " ")
	}
	fmt.Println()
	fmt.Println(Groups(d, func(a, b string) int {
		if a < b {
			return -1
		} else if a > b {
			return 1
		}
		return 0
	}))
	fmt.Println(d.Find("d") == d.Find("a"), d.Find("e") == d.Find("a"))
	grid := []string{
		"##..#",
		"#...#",
		"..##.",
		"#..#.",
	}
	dc := NewDSU[cell]()
	for r, row := range grid {
		for c := range row {
			if row[c] != '#' {
				continue
			}
			dc.Find(cell{r, c})
			if r > 0 && grid[r-1][c] == '#' {
				dc.Union(cell{r, c}, cell{r - 1, c})
			}
			if c > 0 && row[c-1] == '#' {
				dc.Union(cell{r, c}, cell{r, c - 1})
			}
		}
	}
	gs := Groups(dc, func(a, b cell) int { return (a.r*10 + a.c) - (b.r*10 + b.c) })
	fmt.Println(len(gs))
	for _, g := range gs {
		fmt.Println(g)
	}
}
