// run

// Dijkstra over a generic weighted graph with node type N comparable and weight W numeric; hand-written generic min-heap.

package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Weight interface{ ~int | ~float64 }

type edge[N comparable, W Weight] struct {
	to N
	w  W
}

type WGraph[N cmp.Ordered, W Weight] map[N][]edge[N, W]

func (g WGraph[N, W]) Add(a, b N, w W) {
	g[a] = append(g[a], edge[N, W]{b, w})
	g[b] = append(g[b], edge[N, W]{a, w})
}

type item[N any, W Weight] struct {
	n N
	d W
}

type minHeap[N any, W Weight] []item[N, W]

func (h *minHeap[N, W]) push(it item[N, W]) {
	*h = append(*h, it)
	s := *h
	for i := len(s) - 1; i > 0; {
		p := (i - 1) / 2
		if s[p].d <= s[i].d {
			break
		}
		s[p], s[i] = s[i], s[p]
		i = p
	}
}

func (h *minHeap[N, W]) pop() item[N, W] {
	s := *h
	top := s[0]
	s[0] = s[len(s)-1]
	s = s[:len(s)-1]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(s) && s[l].d < s[m].d {
			m = l
		}
		if r < len(s) && s[r].d < s[m].d {
			m = r
		}
		if m == i {
			break
		}
		s[m], s[i] = s[i], s[m]
		i = m
	}
	*h = s
	return top
}

func Dijkstra[N cmp.Ordered, W Weight](g WGraph[N, W], src N) map[N]W {
	dist := map[N]W{src: 0}
	h := &minHeap[N, W]{}
	h.push(item[N, W]{src, 0})
	for len(*h) > 0 {
		it := h.pop()
		if d, ok := dist[it.n]; ok && d < it.d {
			continue
		}
		for _, e := range g[it.n] {
			nd := it.d + e.w
			if d, ok := dist[e.to]; !ok || nd < d {
				dist[e.to] = nd
				h.push(item[N, W]{e.to, nd})
			}
		}
	}
	return dist
}

func show[N cmp.Ordered, W Weight](d map[N]W) {
	keys := make([]N, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%v:%v ", k, d[k])
	}
	fmt.Println()
}

func main() {
	g := WGraph[string, int]{}
	g.Add("A", "B", 4)
	g.Add("A", "C", 1)
	g.Add("C", "B", 2)
	g.Add("B", "D", 5)
	g.Add("C", "D", 8)
	g.Add("D", "E", 3)
	g.Add("X", "Y", 1)
	show(Dijkstra(g, "A"))
	show(Dijkstra(g, "E"))
	gf := WGraph[int, float64]{}
	for i := 0; i < 6; i++ {
		gf.Add(i, (i+1)%6, 1.5)
		gf.Add(i, (i+3)%6, 2.25)
	}
	show(Dijkstra(gf, 0))
}
