// run

// Generic binary search tree keyed by cmp.Ordered with Put, in-order and reverse iter.Seq2, range queries with early break, Floor, and iter.Pull to compare two trees.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type node[K cmp.Ordered, V any] struct {
	k           K
	v           V
	left, right *node[K, V]
}

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
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
	*p = &node[K, V]{k: k, v: v}
	t.size++
}

func (t *Tree[K, V]) walk(n *node[K, V], rev bool, yield func(K, V) bool) bool {
	if n == nil {
		return true
	}
	first, second := n.left, n.right
	if rev {
		first, second = second, first
	}
	return t.walk(first, rev, yield) && yield(n.k, n.v) && t.walk(second, rev, yield)
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { t.walk(t.root, false, yield) }
}

func (t *Tree[K, V]) Backward() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { t.walk(t.root, true, yield) }
}

func (t *Tree[K, V]) Range(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range t.All() {
			if k < lo {
				continue
			}
			if k > hi || !yield(k, v) {
				return
			}
		}
	}
}

func (t *Tree[K, V]) Floor(k K) (K, bool) {
	var best K
	found := false
	for n := t.root; n != nil; {
		if n.k <= k {
			best, found = n.k, true
			n = n.right
		} else {
			n = n.left
		}
	}
	return best, found
}

func SameKeys[K cmp.Ordered, V1, V2 any](a *Tree[K, V1], b *Tree[K, V2]) bool {
	na, sa := iter.Pull2(a.All())
	defer sa()
	nb, sb := iter.Pull2(b.All())
	defer sb()
	for {
		ka, _, oka := na()
		kb, _, okb := nb()
		if oka != okb || ka != kb {
			return false
		}
		if !oka {
			return true
		}
	}
}

func main() {
	var t Tree[int, string]
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Put(k, fmt.Sprintf("v%d", k))
	}
	t.Put(40, "forty")
	for k, v := range t.All() {
		fmt.Print(k, ":", v, " ")
	}
	fmt.Println("size", t.size)
	for k := range t.Backward() {
		if k < 45 {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
	for k, v := range t.Range(33, 62) {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	for _, q := range []int{10, 20, 44, 100} {
		f, ok := t.Floor(q)
		fmt.Printf("floor(%d)=%d,%v ", q, f, ok)
	}
	fmt.Println()

	var words Tree[string, int]
	for i, w := range strings.Fields("kiwi apple mango banana cherry apple") {
		words.Put(w, i)
	}
	for w, i := range words.All() {
		fmt.Print(w, "@", i, " ")
	}
	fmt.Println()
	var other Tree[string, []bool]
	for w := range words.Backward() {
		other.Put(w, nil)
	}
	fmt.Println(SameKeys(&words, &other))
	other.Put("zzz", nil)
	fmt.Println(SameKeys(&words, &other))
}
