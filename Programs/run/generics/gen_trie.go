// run

// Generic trie mapping string keys to V, with prefix iteration (iter.Seq2) in lexicographic order and early termination.

package main

import (
	"fmt"
	"iter"
	"slices"
)

type Trie[V any] struct {
	kids  map[byte]*Trie[V]
	val   V
	isEnd bool
}

func (t *Trie[V]) Put(key string, v V) {
	n := t
	for i := 0; i < len(key); i++ {
		if n.kids == nil {
			n.kids = map[byte]*Trie[V]{}
		}
		c, ok := n.kids[key[i]]
		if !ok {
			c = &Trie[V]{}
			n.kids[key[i]] = c
		}
		n = c
	}
	n.val, n.isEnd = v, true
}

func (t *Trie[V]) find(prefix string) *Trie[V] {
	n := t
	for i := 0; i < len(prefix) && n != nil; i++ {
		n = n.kids[prefix[i]]
	}
	return n
}

func (t *Trie[V]) WithPrefix(prefix string) iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		var walk func(n *Trie[V], path []byte) bool
		walk = func(n *Trie[V], path []byte) bool {
			if n.isEnd && !yield(string(path), n.val) {
				return false
			}
			ks := make([]byte, 0, len(n.kids))
			for k := range n.kids {
				ks = append(ks, k)
			}
			slices.Sort(ks)
			for _, k := range ks {
				if !walk(n.kids[k], append(path, k)) {
					return false
				}
			}
			return true
		}
		if n := t.find(prefix); n != nil {
			walk(n, []byte(prefix))
		}
	}
}

func main() {
	var t Trie[int]
	for i, w := range []string{"car", "cart", "care", "cat", "dog", "do", "card", "c"} {
		t.Put(w, i)
	}
	for k, v := range t.WithPrefix("car") {
		fmt.Println(k, v)
	}
	fmt.Println("--")
	for k := range t.WithPrefix("") {
		fmt.Print(k, " ")
	}
	fmt.Println()
	n := 0
	for k := range t.WithPrefix("c") {
		n++
		if k == "care" {
			break
		}
	}
	fmt.Println("stopped after", n)
	for k := range t.WithPrefix("zebra") {
		fmt.Println("none", k)
	}
	var ts Trie[[]string]
	ts.Put("ab", []string{"x"})
	ts.Put("a", nil)
	for k, v := range ts.WithPrefix("a") {
		fmt.Println(k, v, v == nil)
	}
}
