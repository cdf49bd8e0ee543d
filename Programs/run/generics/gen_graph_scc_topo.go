// run

// Directed graph generic over comparable node ids (strings and a struct id type): Tarjan strongly connected components, Kahn topological order with deterministic tie-breaks, and cycle reporting.

package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Graph[N comparable] struct {
	nodes []N
	index map[N]int
	adj   map[N][]N
}

func NewGraph[N comparable]() *Graph[N] {
	return &Graph[N]{index: map[N]int{}, adj: map[N][]N{}}
}

func (g *Graph[N]) add(n N) {
	if _, ok := g.index[n]; !ok {
		g.index[n] = len(g.nodes)
		g.nodes = append(g.nodes, n)
	}
}

func (g *Graph[N]) Edge(from, to N) *Graph[N] {
	g.add(from)
	g.add(to)
	g.adj[from] = append(g.adj[from], to)
	return g
}

func (g *Graph[N]) SCC() [][]N {
	idx, low := map[N]int{}, map[N]int{}
	onStack := map[N]bool{}
	var stack []N
	var out [][]N
	counter := 0
	var strong func(v N)
	strong = func(v N) {
		idx[v], low[v] = counter, counter
		counter++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range g.adj[v] {
			if _, seen := idx[w]; !seen {
				strong(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], idx[w])
			}
		}
		if low[v] == idx[v] {
			var comp []N
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			out = append(out, comp)
		}
	}
	for _, n := range g.nodes {
		if _, seen := idx[n]; !seen {
			strong(n)
		}
	}
	return out
}

// Topo returns a topological order choosing the smallest ready node by cmpFn, or the nodes left in cycles.
func (g *Graph[N]) Topo(cmpFn func(a, b N) int) (order []N, stuck []N) {
	indeg := map[N]int{}
	for _, n := range g.nodes {
		for _, m := range g.adj[n] {
			indeg[m]++
		}
	}
	var ready []N
	for _, n := range g.nodes {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		slices.SortFunc(ready, cmpFn)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, m := range g.adj[n] {
			if indeg[m]--; indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	for _, n := range g.nodes {
		if indeg[n] > 0 {
			stuck = append(stuck, n)
		}
	}
	slices.SortFunc(stuck, cmpFn)
	return
}

type Pkg struct {
	Module string
	Major  int
}

func (p Pkg) String() string { return fmt.Sprintf("%s@v%d", p.Module, p.Major) }

func comparePkg(a, b Pkg) int {
	return cmp.Or(cmp.Compare(a.Module, b.Module), cmp.Compare(a.Major, b.Major))
}

func main() {
	g := NewGraph[string]()
	g.Edge("shirt", "tie").Edge("tie", "jacket").Edge("pants", "shoes").Edge("pants", "belt").
		Edge("belt", "jacket").Edge("shirt", "belt").Edge("socks", "shoes").Edge("undershorts", "pants").
		Edge("undershorts", "shoes")
	order, stuck := g.Topo(cmp.Compare[string])
	fmt.Println("order:", order, "stuck:", stuck)
	fmt.Println("components:", len(g.SCC()))

	c := NewGraph[int]()
	for _, e := range [][2]int{{1, 2}, {2, 3}, {3, 1}, {3, 4}, {4, 5}, {5, 6}, {6, 4}, {7, 6}, {7, 8}, {8, 7}, {9, 9}} {
		c.Edge(e[0], e[1])
	}
	sccs := c.SCC()
	for i := range sccs {
		slices.Sort(sccs[i])
	}
	slices.SortFunc(sccs, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	fmt.Println("sccs:", sccs)
	order2, stuck2 := c.Topo(func(a, b int) int { return cmp.Compare(b, a) })
	fmt.Println("order:", order2, "stuck:", stuck2)

	p := NewGraph[Pkg]()
	app, log2, log1, http, json := Pkg{"app", 1}, Pkg{"log", 2}, Pkg{"log", 1}, Pkg{"http", 3}, Pkg{"json", 1}
	p.Edge(log1, http).Edge(log2, app).Edge(json, http).Edge(http, app).Edge(json, app)
	order3, _ := p.Topo(comparePkg)
	fmt.Println(order3)
	p.Edge(app, json)
	order4, stuck4 := p.Topo(comparePkg)
	fmt.Println(order4, stuck4)
	for _, comp := range p.SCC() {
		if len(comp) > 1 {
			slices.SortFunc(comp, comparePkg)
			fmt.Printf("cycle %v (%T)\n", comp, comp)
		}
	}
}
