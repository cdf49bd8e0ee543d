// run

// Generic B-tree (minimum degree 2) ordered map over cmp.Ordered keys: node splits on insert, in-order iter.Seq2, Ascend from a pivot with early stop, and node dumps.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

const minDeg, maxKeys = 2, 2*2 - 1

type item[K cmp.Ordered, V any] struct {
	k K
	v V
}

type bnode[K cmp.Ordered, V any] struct {
	items    []item[K, V]
	children []*bnode[K, V]
}

func (n *bnode[K, V]) leaf() bool { return len(n.children) == 0 }

func (it item[K, V]) String() string { return fmt.Sprint(it.k) }

type BTree[K cmp.Ordered, V any] struct {
	root *bnode[K, V]
	size int
}

func (n *bnode[K, V]) find(k K) (int, bool) {
	return slices.BinarySearchFunc(n.items, k, func(it item[K, V], k K) int { return cmp.Compare(it.k, k) })
}

func (t *BTree[K, V]) Get(k K) (v V, ok bool) {
	for n := t.root; n != nil; {
		i, found := n.find(k)
		if found {
			return n.items[i].v, true
		}
		if n.leaf() {
			return
		}
		n = n.children[i]
	}
	return
}

func (n *bnode[K, V]) splitChild(i int) {
	c := n.children[i]
	mid := c.items[minDeg-1]
	right := &bnode[K, V]{items: slices.Clone(c.items[minDeg:])}
	if !c.leaf() {
		right.children = slices.Clone(c.children[minDeg:])
		c.children = c.children[:minDeg]
	}
	c.items = c.items[:minDeg-1]
	n.items = slices.Insert(n.items, i, mid)
	n.children = slices.Insert(n.children, i+1, right)
}

func (n *bnode[K, V]) insert(k K, v V) bool {
	i, found := n.find(k)
	if found {
		n.items[i].v = v
		return false
	}
	if n.leaf() {
		n.items = slices.Insert(n.items, i, item[K, V]{k, v})
		return true
	}
	if len(n.children[i].items) == maxKeys {
		n.splitChild(i)
		if k == n.items[i].k {
			n.items[i].v = v
			return false
		} else if k > n.items[i].k {
			i++
		}
	}
	return n.children[i].insert(k, v)
}

func (t *BTree[K, V]) Put(k K, v V) {
	if t.root == nil {
		t.root = &bnode[K, V]{}
	} else if len(t.root.items) == maxKeys {
		t.root = &bnode[K, V]{children: []*bnode[K, V]{t.root}}
		t.root.splitChild(0)
	}
	if t.root.insert(k, v) {
		t.size++
	}
}

func (n *bnode[K, V]) walk(yield func(K, V) bool, from *K) bool {
	for i, it := range n.items {
		if from != nil && it.k < *from {
			continue // child i holds only smaller keys
		}
		if !n.leaf() && !n.children[i].walk(yield, from) || !yield(it.k, it.v) {
			return false
		}
	}
	return n.leaf() || n.children[len(n.items)].walk(yield, from)
}

// scan walks in order from *from (nil: from the smallest key).
func (t *BTree[K, V]) scan(from *K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		if t.root != nil {
			t.root.walk(yield, from)
		}
	}
}

func (t *BTree[K, V]) All() iter.Seq2[K, V]         { return t.scan(nil) }
func (t *BTree[K, V]) Ascend(from K) iter.Seq2[K, V] { return t.scan(&from) }

func (n *bnode[K, V]) dump(depth int) {
	fmt.Printf("%s%v\n", strings.Repeat("  ", depth), n.items)
	for _, c := range n.children {
		c.dump(depth + 1)
	}
}

func main() {
	var t BTree[int, string]
	for _, k := range []int{50, 20, 80, 10, 30, 60, 90, 5, 15, 25, 35, 55, 65, 85, 95, 1, 2, 3} {
		t.Put(k, fmt.Sprint("#", k))
	}
	t.Put(30, "thirty")
	t.root.dump(0)
	fmt.Print("size ", t.size, ":")
	for k := range t.All() {
		fmt.Print(" ", k)
	}
	fmt.Println()
	fmt.Println(t.Get(30))
	fmt.Println(t.Get(31))
	fmt.Print("ascend 33:")
	for k, v := range t.Ascend(33) {
		if k > 70 {
			break
		}
		fmt.Print(" ", k, "/", v)
	}
	fmt.Println()
}
