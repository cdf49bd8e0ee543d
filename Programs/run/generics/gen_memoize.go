// run

// Generic memoization: Memo[K comparable, V any] wrapping recursive functions (fib, edit distance with struct keys), hit/miss stats.

package main

import "fmt"

type Memo[K comparable, V any] struct {
	cache        map[K]V
	hits, misses int
	fn           func(self *Memo[K, V], k K) V
}

func NewMemo[K comparable, V any](fn func(*Memo[K, V], K) V) *Memo[K, V] {
	return &Memo[K, V]{cache: map[K]V{}, fn: fn}
}

func (m *Memo[K, V]) Get(k K) V {
	if v, ok := m.cache[k]; ok {
		m.hits++
		return v
	}
	m.misses++
	v := m.fn(m, k)
	m.cache[k] = v
	return v
}

type ab struct{ i, j int }

func main() {
	fib := NewMemo(func(m *Memo[int, uint64], n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		return m.Get(n-1) + m.Get(n-2)
	})
	fmt.Println(fib.Get(90), fib.hits, fib.misses)
	fmt.Println(fib.Get(50), fib.hits, fib.misses)

	a, b := "kitten", "sitting"
	ed := NewMemo(func(m *Memo[ab, int], k ab) int {
		if k.i == 0 {
			return k.j
		}
		if k.j == 0 {
			return k.i
		}
		cost := 1
		if a[k.i-1] == b[k.j-1] {
			cost = 0
		}
		return min(m.Get(ab{k.i - 1, k.j}) + 1, m.Get(ab{k.i, k.j - 1}) + 1, m.Get(ab{k.i - 1, k.j - 1}) + cost)
	})
	fmt.Println("edit distance", ed.Get(ab{len(a), len(b)}), len(ed.cache))
	collatz := NewMemo(func(m *Memo[int64, int], n int64) int {
		if n == 1 {
			return 0
		}
		if n%2 == 0 {
			return 1 + m.Get(n/2)
		}
		return 1 + m.Get(3*n+1)
	})
	best, bestN := 0, int64(0)
	for n := int64(1); n < 3000; n++ {
		if s := collatz.Get(n); s > best {
			best, bestN = s, n
		}
	}
	fmt.Println("collatz", bestN, best, collatz.hits > collatz.misses)
	words := NewMemo(func(m *Memo[string, []string], s string) []string {
		if len(s) <= 1 {
			return []string{s}
		}
		var out []string
		for _, rest := range m.Get(s[1:]) {
			out = append(out, s[:1]+rest, s[:1]+"-"+rest)
		}
		return out
	})
	fmt.Println(words.Get("abcd"))
}
