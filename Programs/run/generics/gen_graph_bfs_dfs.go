// run

// Generic graph over comparable nodes with BFS shortest path, DFS iterator (iter.Seq) and early stop.

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

func (g *Graph[N]) AddEdge(a, b N) {
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
	slices.Sort(g.adj[a])
	slices.Sort(g.adj[b])
}

func (g *Graph[N]) BFS(start, goal N) ([]N, bool) {
	prev := map[N]N{}
	seen := map[N]bool{start: true}
	q := []N{start}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		if cur == goal {
			path := []N{goal}
			for path[len(path)-1] != start {
				path = append(path, prev[path[len(path)-1]])
			}
			slices.Reverse(path)
			return path, true
		}
		for _, nb := range g.adj[cur] {
			if !seen[nb] {
				seen[nb] = true
				prev[nb] = cur
				q = append(q, nb)
			}
		}
	}
	return nil, false
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

func main() {
	g := NewGraph[string]()
	edges := [][2]string{{"A", "B"}, {"A", "C"}, {"B", "D"}, {"C", "D"}, {"D", "E"}, {"E", "F"}, {"X", "Y"}}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	p, ok := g.BFS("A", "F")
	fmt.Println(p, ok)
	p, ok = g.BFS("A", "Y")
	fmt.Println(p, ok, p == nil)
	for n := range g.DFS("A") {
		fmt.Print(n, " ")
	}
	fmt.Println()
	count := 0
	for n := range g.DFS("F") {
		count++
		if n == "B" {
			break
		}
	}
	fmt.Println("visited before B:", count)
	gi := NewGraph[int]()
	for i := 0; i < 6; i++ {
		gi.AddEdge(i, (i*3+1)%7)
	}
	fmt.Println(slices.Collect(gi.DFS(0)))
	p2, _ := gi.BFS(0, 5)
	fmt.Println(p2)
}
