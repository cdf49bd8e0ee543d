// run

// Trie keyed by sequences of any comparable token type ([]K): path tries over []string, digit tries over []int and struct tokens; longest-prefix lookup, subtree counts and sorted walks through a cmp.Ordered helper.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Trie[K comparable, V any] struct {
	children map[K]*Trie[K, V]
	val      V
	has      bool
}

func (t *Trie[K, V]) Put(key []K, v V) {
	n := t
	for _, k := range key {
		if n.children == nil {
			n.children = map[K]*Trie[K, V]{}
		}
		nx, ok := n.children[k]
		if !ok {
			nx = &Trie[K, V]{}
			n.children[k] = nx
		}
		n = nx
	}
	n.val, n.has = v, true
}

func (t *Trie[K, V]) LongestPrefix(key []K) (int, V, bool) {
	n := t
	bestLen, best, found := 0, t.val, t.has
	for i, k := range key {
		nx, ok := n.children[k]
		if !ok {
			break
		}
		n = nx
		if n.has {
			bestLen, best, found = i+1, n.val, true
		}
	}
	return bestLen, best, found
}

func (t *Trie[K, V]) Count() int {
	c := 0
	if t.has {
		c = 1
	}
	for _, ch := range t.children {
		c += ch.Count()
	}
	return c
}

// Walk yields keys in sorted token order; it needs K ordered, so it is a function.
func Walk[K cmp.Ordered, V any](t *Trie[K, V]) iter.Seq2[[]K, V] {
	return func(yield func([]K, V) bool) {
		var rec func(n *Trie[K, V], path []K) bool
		rec = func(n *Trie[K, V], path []K) bool {
			if n.has && !yield(slices.Clone(path), n.val) {
				return false
			}
			for _, k := range slices.Sorted(maps.Keys(n.children)) {
				if !rec(n.children[k], append(path, k)) {
					return false
				}
			}
			return true
		}
		rec(t, nil)
	}
}

type Handler string

type Step struct {
	Dir  byte
	Dist int
}

func main() {
	var routes Trie[string, Handler]
	for path, h := range map[string]Handler{
		"":                "root",
		"api":             "api-index",
		"api/v1/users":    "users",
		"api/v1/users/me": "me",
		"api/v2":          "v2",
		"static/css":      "css",
	} {
		routes.Put(strings.Split(path, "/"), h)
	}
	routes.Put(nil, "root!")
	for _, p := range []string{"api/v1/users/42", "api/v1/users/me/photo", "api/v3", "static/js/app.js", "api/v2"} {
		n, h, ok := routes.LongestPrefix(strings.Split(p, "/"))
		fmt.Printf("%-24s -> %-9s matched %d ok=%v\n", p, h, n, ok)
	}
	fmt.Println("routes:", routes.Count())
	for k, v := range Walk(&routes) {
		fmt.Printf("  %q => %s\n", k, v)
	}

	var codes Trie[int, string]
	codes.Put([]int{1}, "NANP")
	codes.Put([]int{4, 4}, "UK")
	codes.Put([]int{4, 9}, "DE")
	codes.Put([]int{3, 5, 3}, "IE")
	codes.Put([]int{3, 5, 1}, "PT")
	for _, num := range [][]int{{4, 4, 2, 0}, {3, 5, 3, 1}, {3, 5, 5}, {7}} {
		n, c, ok := codes.LongestPrefix(num)
		fmt.Println(num, n, c, ok)
	}
	i := 0
	for k, v := range Walk(&codes) {
		if i++; i > 3 {
			break
		}
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()

	var moves Trie[Step, int]
	moves.Put([]Step{{'N', 2}, {'E', 1}}, 10)
	moves.Put([]Step{{'N', 2}}, 5)
	n, v, ok := moves.LongestPrefix([]Step{{'N', 2}, {'E', 1}, {'S', 4}})
	fmt.Println(n, v, ok, moves.Count(), len(moves.children))
	_, v, ok = moves.LongestPrefix([]Step{{'N', 3}})
	fmt.Println(v, ok)
}
