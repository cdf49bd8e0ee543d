// run

// Kruskal's minimum spanning forest generic over node ids and weights: a map-backed union-find over comparable ids, edges sorted with slices.SortStableFunc, totals over ~int|~float64 named weights.

package main

import (
	"cmp"
	"fmt"
	"slices"
)

type DSU[N comparable] struct {
	parent map[N]N
	rank   map[N]int
}

func NewDSU[N comparable]() *DSU[N] { return &DSU[N]{parent: map[N]N{}, rank: map[N]int{}} }

func (d *DSU[N]) Find(x N) N {
	p, ok := d.parent[x]
	if !ok {
		d.parent[x] = x
		return x
	}
	if p == x {
		return x
	}
	root := d.Find(p)
	d.parent[x] = root
	return root
}

func (d *DSU[N]) Union(a, b N) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	switch {
	case d.rank[ra] < d.rank[rb]:
		ra, rb = rb, ra
	case d.rank[ra] == d.rank[rb]:
		d.rank[ra]++
	}
	d.parent[rb] = ra
	return true
}

type Weight interface{ ~int | ~int64 | ~float64 }

type Edge[N comparable, W Weight] struct {
	A, B N
	W    W
}

func (e Edge[N, W]) String() string { return fmt.Sprintf("%v-%v(%v)", e.A, e.B, e.W) }

func Kruskal[N comparable, W Weight](edges []Edge[N, W]) (tree []Edge[N, W], total W, rejected int) {
	sorted := slices.Clone(edges)
	slices.SortStableFunc(sorted, func(x, y Edge[N, W]) int { return cmp.Compare(x.W, y.W) })
	d := NewDSU[N]()
	for _, e := range sorted {
		if d.Union(e.A, e.B) {
			tree = append(tree, e)
			total += e.W
		} else {
			rejected++
		}
	}
	return
}

func Components[N cmp.Ordered, W Weight](edges []Edge[N, W]) [][]N {
	d := NewDSU[N]()
	for _, e := range edges {
		d.Union(e.A, e.B)
	}
	groups := map[N][]N{}
	for n := range d.parent {
		r := d.Find(n)
		groups[r] = append(groups[r], n)
	}
	var out [][]N
	for _, g := range groups {
		slices.Sort(g)
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b []N) int { return cmp.Compare(a[0], b[0]) })
	return out
}

type Km float64

type City string

type Cell struct{ R, C int }

func main() {
	roads := []Edge[City, Km]{
		{"Oslo", "Bergen", 463.5}, {"Oslo", "Trondheim", 494}, {"Bergen", "Trondheim", 633.2},
		{"Oslo", "Stavanger", 547.1}, {"Bergen", "Stavanger", 209.9}, {"Trondheim", "Bodo", 722.8},
		{"Reykjavik", "Akureyri", 388},
	}
	tree, total, rej := Kruskal(roads)
	fmt.Println(tree)
	fmt.Printf("total %.1f %T rejected %d\n", total, total, rej)
	fmt.Println(Components(roads))

	grid := []Edge[Cell, int]{}
	w := func(a, b Cell) int { return (a.R*7+a.C*3+b.R*5+b.C*11)%9 + 1 }
	for r := range 3 {
		for c := range 3 {
			if c < 2 {
				grid = append(grid, Edge[Cell, int]{Cell{r, c}, Cell{r, c + 1}, w(Cell{r, c}, Cell{r, c + 1})})
			}
			if r < 2 {
				grid = append(grid, Edge[Cell, int]{Cell{r, c}, Cell{r + 1, c}, w(Cell{r, c}, Cell{r + 1, c})})
			}
		}
	}
	gt, gtotal, grej := Kruskal(grid)
	fmt.Println(len(grid), "edges ->", len(gt), "tree edges, weight", gtotal, "rejected", grej)
	for _, e := range gt {
		fmt.Print(e, " ")
	}
	fmt.Println()

	ints := []Edge[int, int64]{{1, 2, 5}, {2, 3, 5}, {1, 3, 5}, {4, 5, 1}}
	it, itot, _ := Kruskal(ints)
	fmt.Println(it, itot, Components(ints))
	empty, etot, erej := Kruskal[string, float64](nil)
	fmt.Println(empty == nil, etot, erej)
}
