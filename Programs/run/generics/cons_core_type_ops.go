// run

// Operations allowed through core types: indexing/len/range on ~[]E and ~map[K]V params, make with S, append on S.

package main

import (
	"fmt"
	"slices"
	"sort"
)

func Filter[S ~[]E, E any](s S, f func(E) bool) S {
	var out S
	for _, v := range s {
		if f(v) {
			out = append(out, v)
		}
	}
	return out
}

func KeysSorted[M ~map[K]V, K interface{ ~string | ~int }, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

func Invert[M ~map[K]V, K, V comparable](m M) map[V]K {
	r := make(map[V]K, len(m))
	for k, v := range m {
		r[v] = k
	}
	return r
}

func Last[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var z E
		return z, false
	}
	return s[len(s)-1], true
}

func Ptrs[S ~[]E, E any](s S) []*E {
	out := make([]*E, len(s))
	for i := range s {
		out[i] = &s[i]
	}
	return out
}

type IDs []int
type Registry map[string]int

func main() {
	ids := IDs{5, 12, 7, 20, 3}
	big := Filter(ids, func(i int) bool { return i > 6 })
	fmt.Printf("%v %T\n", big, big)
	r := Registry{"zeta": 26, "alpha": 1, "mu": 12}
	fmt.Println(KeysSorted(r))
	inv := Invert(r)
	fmt.Println(inv[12], inv[1], len(inv))
	fmt.Println(KeysSorted(map[int]bool{3: true, -1: false, 2: true}))
	fmt.Println(Last(ids))
	fmt.Println(Last([]string{}))
	ps := Ptrs(ids)
	*ps[0] = 100
	fmt.Println(ids)
	fmt.Println(slices.Max(ids), slices.Min(ids), slices.Contains(ids, 7))
}
