// run

// Generic binary search tree keyed by cmp.Ordered with in-order iter.Seq2, Min/Max, Height, early break.

package main

import (
	"cmp"
	"fmt"
	"iter"
)

type Tree[K cmp.Ordered, V any] struct {
	root *tnode[K, V]
	n    int
}

type tnode[K cmp.Ordered, V any] struct {
	k           K
	v           V
	left, right *tnode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).k); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &tnode[K, V]{k: k, v: v}
	t.n++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.k {
			n = n.left
		} else if k > n.k {
			n = n.right
		} else {
			return n.v, true
		}
	}
	var z V
	return z, false
}

func (n *tnode[K, V]) walk(yield func(K, V) bool) bool {
	if n == nil {
		return true
	}
	return n.left.walk(yield) && yield(n.k, n.v) && n.right.walk(yield)
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { t.root.walk(yield) }
}

func height[K cmp.Ordered, V any](n *tnode[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func main() {
	var t Tree[int, string]
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Put(k, fmt.Sprintf("v%d", k))
	}
	t.Put(40, "forty")
	fmt.Println("size", t.n, "height", height(t.root))
	for k, v := range t.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	for k := range t.All() {
		if k > 45 {
			fmt.Println("stop at", k)
			break
		}
	}
	for _, k := range []int{35, 36} {
		v, ok := t.Get(k)
		fmt.Printf("get %d: %q %v\n", k, v, ok)
	}
	var ts Tree[string, int]
	for i, w := range []string{"m", "c", "x", "a", "e"} {
		ts.Put(w, i)
	}
	for k, v := range ts.All() {
		fmt.Println(k, v)
	}
}
