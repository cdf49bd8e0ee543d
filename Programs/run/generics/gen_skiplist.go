// run

// Generic skip list over cmp.Ordered keys with a deterministic level generator: Set/Get/Delete sharing one search path, ordered iter.Seq2 from any key with early stop, and per-level dumps.

package main

import (
	"cmp"
	"fmt"
	"iter"
)

const maxLevel = 6

type slNode[K cmp.Ordered, V any] struct {
	key  K
	val  V
	next []*slNode[K, V]
}

type SkipList[K cmp.Ordered, V any] struct {
	head  *slNode[K, V]
	level int
	n     int
	seed  uint32
}

func NewSkipList[K cmp.Ordered, V any](seed uint32) *SkipList[K, V] {
	return &SkipList[K, V]{head: &slNode[K, V]{next: make([]*slNode[K, V], maxLevel)}, level: 1, seed: seed}
}

// randomLevel uses a small LCG so the structure is reproducible.
func (s *SkipList[K, V]) randomLevel() int {
	lvl := 1
	for lvl < maxLevel {
		s.seed = s.seed*1103515245 + 12345
		if (s.seed>>16)&3 != 0 {
			break
		}
		lvl++
	}
	return lvl
}

// path returns, for every level, the last node whose key is < k.
func (s *SkipList[K, V]) path(k K) (update [maxLevel]*slNode[K, V]) {
	x := s.head
	for i := maxLevel - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
		update[i] = x
	}
	return
}

func (s *SkipList[K, V]) Set(k K, v V) bool {
	update := s.path(k)
	if nx := update[0].next[0]; nx != nil && nx.key == k {
		nx.val = v
		return false
	}
	lvl := s.randomLevel()
	s.level = max(s.level, lvl)
	nd := &slNode[K, V]{key: k, val: v, next: make([]*slNode[K, V], lvl)}
	for i := range lvl {
		nd.next[i], update[i].next[i] = update[i].next[i], nd
	}
	s.n++
	return true
}

func (s *SkipList[K, V]) Get(k K) (v V, ok bool) {
	if nd := s.path(k)[0].next[0]; nd != nil && nd.key == k {
		v, ok = nd.val, true
	}
	return
}

func (s *SkipList[K, V]) Delete(k K) bool {
	update := s.path(k)
	nd := update[0].next[0]
	if nd == nil || nd.key != k {
		return false
	}
	for i := range nd.next {
		update[i].next[i] = nd.next[i]
	}
	s.n--
	for s.level > 1 && s.head.next[s.level-1] == nil {
		s.level--
	}
	return true
}

func (s *SkipList[K, V]) From(k K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for nd := s.path(k)[0].next[0]; nd != nil; nd = nd.next[0] {
			if !yield(nd.key, nd.val) {
				return
			}
		}
	}
}

func (s *SkipList[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for nd := s.head.next[0]; nd != nil && yield(nd.key, nd.val); nd = nd.next[0] {
		}
	}
}

func (s *SkipList[K, V]) PrintLevels() {
	for i := s.level - 1; i >= 0; i-- {
		fmt.Printf("L%d:", i)
		for nd := s.head.next[i]; nd != nil; nd = nd.next[i] {
			fmt.Print(" ", nd.key)
		}
		fmt.Println()
	}
}

func main() {
	sl := NewSkipList[int, string](7)
	for _, k := range []int{30, 10, 50, 20, 40, 60, 5, 35, 45, 25} {
		sl.Set(k, fmt.Sprintf("v%d", k))
	}
	fmt.Println("len", sl.n, "replaced?", !sl.Set(20, "twenty"))
	sl.PrintLevels()
	for k, v := range sl.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	for _, k := range []int{20, 21, 60} {
		v, ok := sl.Get(k)
		fmt.Printf("get %d: %q %v\n", k, v, ok)
	}
	fmt.Print("from 33 to 45:")
	for k := range sl.From(33) {
		if k > 45 {
			break
		}
		fmt.Print(" ", k)
	}
	fmt.Println()
	fmt.Println(sl.Delete(30), sl.Delete(30), sl.Delete(5), sl.n)
	sl.PrintLevels()

	words := NewSkipList[string, int](99)
	for i, w := range []string{"pear", "apple", "fig", "kiwi", "apple", "fig"} {
		words.Set(w, i)
	}
	for w, n := range words.From("b") {
		fmt.Printf("%s:%d ", w, n)
	}
	fmt.Println("| levels", words.level)
}
