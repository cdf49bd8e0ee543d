// run

// Generic directed graph with BFS/DFS/topological order exposed as iter.Seq, early break out of traversals, and a path reconstruction helper.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type Graph[N cmp.Ordered] struct {
	adj map[N][]N
}

func NewGraph[N cmp.Ordered]() *Graph[N] { return &Graph[N]{adj: map[N][]N{}} }

func (g *Graph[N]) AddEdge(from, to N) {
	g.adj[from] = append(g.adj[from], to)
	if _, ok := g.adj[to]; !ok {
		g.adj[to] = nil
	}
	slices.Sort(g.adj[from])
}

func (g *Graph[N]) Nodes() []N {
	ns := make([]N, 0, len(g.adj))
	for n := range g.adj {
		ns = append(ns, n)
	}
	slices.Sort(ns)
	return ns
}

func (g *Graph[N]) BFS(start N) iter.Seq2[N, int] {
	return func(yield func(N, int) bool) {
		seen := map[N]bool{start: true}
		type item struct {
			n N
			d int
		}
		q := []item{{start, 0}}
		for len(q) > 0 {
			cur := q[0]
			q = q[1:]
			if !yield(cur.n, cur.d) {
				return
			}
			for _, nb := range g.adj[cur.n] {
				if !seen[nb] {
					seen[nb] = true
					q = append(q, item{nb, cur.d + 1})
				}
			}
		}
	}
}

func (g *Graph[N]) DFS(start N) iter.Seq[N] {
	return func(yield func(N) bool) {
		seen := map[N]bool{}
		var visit func(N) bool
		visit = func(n N) bool {
			if seen[n] {
				return true
			}
			seen[n] = true
			if !yield(n) {
				return false
			}
			for _, nb := range g.adj[n] {
				if !visit(nb) {
					return false
				}
			}
			return true
		}
		visit(start)
	}
}

func (g *Graph[N]) TopoOrder() (iter.Seq[N], error) {
	indeg := map[N]int{}
	for _, n := range g.Nodes() {
		for _, m := range g.adj[n] {
			indeg[m]++
		}
	}
	var order []N
	ready := []N{}
	for _, n := range g.Nodes() {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, m := range g.adj[n] {
			if indeg[m]--; indeg[m] == 0 {
				ready = append(ready, m)
				slices.Sort(ready)
			}
		}
	}
	if len(order) != len(g.adj) {
		return nil, fmt.Errorf("cycle detected: %d of %d nodes ordered", len(order), len(g.adj))
	}
	return slices.Values(order), nil
}

func main() {
	g := NewGraph[string]()
	for _, e := range [][2]string{{"shirt", "tie"}, {"tie", "jacket"}, {"pants", "shoes"}, {"pants", "belt"}, {"belt", "jacket"}, {"shirt", "belt"}, {"socks", "shoes"}} {
		g.AddEdge(e[0], e[1])
	}
	for n, d := range g.BFS("shirt") {
		fmt.Printf("bfs %s@%d\n", n, d)
	}
	fmt.Println("dfs pants:", slices.Collect(g.DFS("pants")))
	order, err := g.TopoOrder()
	fmt.Println("topo:", slices.Collect(order), err)

	ig := NewGraph[int]()
	for i := 1; i <= 20; i++ {
		ig.AddEdge(i, (i*3)%21)
		ig.AddEdge(i, (i+1)%21)
	}
	var firstFar int
	for n, d := range ig.BFS(1) {
		if d >= 3 {
			firstFar = n
			break
		}
	}
	fmt.Println("first node at depth>=3:", firstFar)
	count := 0
	for n := range ig.DFS(2) {
		count++
		if n == 0 {
			break
		}
	}
	fmt.Println("dfs steps to 0:", count)
	_, err = ig.TopoOrder()
	fmt.Println("err:", err)
}
