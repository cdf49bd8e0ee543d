// run

// Generic trie map keyed by strings with values of type V: Insert/Get, prefix iteration via iter.Seq2 in lexicographic order, longest-prefix match, and autocomplete with early stop.

package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type trieNode[V any] struct {
	children map[rune]*trieNode[V]
	val      V
	has      bool
}

type Trie[V any] struct {
	root trieNode[V]
	n    int
}

func (t *Trie[V]) Insert(key string, v V) {
	cur := &t.root
	for _, r := range key {
		if cur.children == nil {
			cur.children = map[rune]*trieNode[V]{}
		}
		nx, ok := cur.children[r]
		if !ok {
			nx = &trieNode[V]{}
			cur.children[r] = nx
		}
		cur = nx
	}
	t.n += map[bool]int{false: 1}[cur.has]
	cur.val, cur.has = v, true
}

func (t *Trie[V]) find(prefix string) *trieNode[V] {
	cur := &t.root
	for _, r := range prefix {
		cur = cur.children[r]
		if cur == nil {
			return nil
		}
	}
	return cur
}

func (t *Trie[V]) Get(key string) (v V, ok bool) {
	if n := t.find(key); n != nil && n.has {
		v, ok = n.val, true
	}
	return
}

func walk[V any](n *trieNode[V], prefix []rune, yield func(string, V) bool) bool {
	if n.has && !yield(string(prefix), n.val) {
		return false
	}
	keys := make([]rune, 0, len(n.children))
	for r := range n.children {
		keys = append(keys, r)
	}
	slices.Sort(keys)
	for _, r := range keys {
		if !walk(n.children[r], append(prefix, r), yield) {
			return false
		}
	}
	return true
}

func (t *Trie[V]) WithPrefix(prefix string) iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		if n := t.find(prefix); n != nil {
			walk(n, []rune(prefix), yield)
		}
	}
}

func (t *Trie[V]) Keys() iter.Seq[string] {
	return func(yield func(string) bool) {
		t.WithPrefix("")(func(k string, _ V) bool { return yield(k) })
	}
}

func (t *Trie[V]) LongestPrefix(s string) (string, V, bool) {
	cur := &t.root
	var best string
	var bestV V
	found := false
	for i, r := range s {
		if cur = cur.children[r]; cur == nil {
			break
		}
		if cur.has {
			best, bestV, found = s[:i+len(string(r))], cur.val, true
		}
	}
	return best, bestV, found
}

func Autocomplete[V any](t *Trie[V], prefix string, limit int) (out []string) {
	for k := range t.WithPrefix(prefix) {
		if len(out) == limit {
			break
		}
		out = append(out, k)
	}
	return
}

func main() {
	var t Trie[int]
	for i, w := range strings.Fields("tea ten to inn in tenant team tee i tenth 日本 日本語") {
		t.Insert(w, i)
	}
	t.Insert("tea", 100)
	fmt.Println(t.n, slices.Collect(t.Keys()))
	for k, v := range t.WithPrefix("te") {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	fmt.Println(Autocomplete(&t, "ten", 2), Autocomplete(&t, "x", 3), Autocomplete(&t, "日", 5))
	for _, q := range []string{"tenants", "inner", "日本語です", "xyz", "teapot"} {
		p, v, ok := t.LongestPrefix(q)
		fmt.Printf("%s -> %q %d %v\n", q, p, v, ok)
	}
	if n := t.find("ten"); n != nil {
		n.has = false
	}
	fmt.Println(slices.Collect(t.Keys()))
	v, ok := t.Get("tenth")
	_, ok2 := t.Get("ten")
	fmt.Println(v, ok, ok2)

	routes := &Trie[func(string) string]{}
	routes.Insert("/api/", func(p string) string { return "api:" + strings.TrimPrefix(p, "/api/") })
	routes.Insert("/api/v2/", func(p string) string { return "v2:" + p[len("/api/v2/"):] })
	routes.Insert("/", func(p string) string { return "static:" + p })
	for _, p := range []string{"/api/users", "/api/v2/items/7", "/index.html"} {
		_, h, _ := routes.LongestPrefix(p)
		fmt.Println(h(p))
	}
}
