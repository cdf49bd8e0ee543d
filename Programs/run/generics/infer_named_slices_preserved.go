// run

// Inference with S ~[]E and M ~map[K]V keeps named types: results of generic helpers and of slices/maps functions stay the caller's named type with its methods, E is inferred from S, and explicit partial lists [Names] or [Names, string] work.

package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Names []string

func (n Names) Joined() string { return strings.Join(n, "+") }

type Scores map[string]int

func (s Scores) Top() string {
	best, bk := -1, ""
	for _, k := range slices.Sorted(maps.Keys(s)) {
		if s[k] > best {
			best, bk = s[k], k
		}
	}
	return bk
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, e := range s {
		if keep(e) {
			out = append(out, e)
		}
	}
	return out
}

func Map[S ~[]E, E any](s S, f func(E) E) S {
	out := make(S, len(s))
	for i, e := range s {
		out[i] = f(e)
	}
	return out
}

func FilterMap[M ~map[K]V, K comparable, V any](m M, keep func(K, V) bool) M {
	out := make(M)
	for k, v := range m {
		if keep(k, v) {
			out[k] = v
		}
	}
	return out
}

func Last[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var zero E
		return zero, false
	}
	return s[len(s)-1], true
}

type Matrix [][]float64

func (m Matrix) Rows() int { return len(m) }

func main() {
	ns := Names{"ann", "bob", "cy", "dee"}
	short := Filter(ns, func(s string) bool { return len(s) == 3 })
	fmt.Printf("%T %v %s\n", short, short, short.Joined())
	up := Map(ns, strings.ToUpper)
	fmt.Println(up.Joined(), Map[Names](nil, strings.ToUpper) == nil)
	fmt.Println(Filter[Names, string](ns, func(s string) bool { return s > "b" }).Joined())

	c := slices.Clone(ns)
	c[0] = "ANN"
	slices.Sort(c)
	fmt.Printf("%T %s %s\n", c, c.Joined(), ns.Joined())
	ins := slices.Insert(ns, 1, "zed")
	fmt.Println(ins.Joined(), slices.Compact(Names{"a", "a", "b"}).Joined(), slices.Repeat(Names{"x"}, 3).Joined())
	del := slices.DeleteFunc(slices.Clone(ns), func(s string) bool { return strings.HasPrefix(s, "b") })
	fmt.Println(del.Joined(), slices.Concat(ns[:1], Names{"new"}).Joined(), slices.Grow(ns, 10).Joined())
	l, ok := Last(ns)
	fmt.Println(l, ok)

	sc := Scores{"go": 9, "swift": 7, "rust": 9, "c": 3}
	hi := FilterMap(sc, func(_ string, v int) bool { return v > 5 })
	fmt.Printf("%T %d %s\n", hi, len(hi), hi.Top())
	cl := maps.Clone(sc)
	delete(cl, "go")
	fmt.Println(cl.Top(), sc.Top(), len(cl), len(sc))
	col := maps.Collect(maps.All(sc))
	fmt.Printf("%T\n", col)

	m := Matrix{{1, 2}, {3, 4}, {5, 6}}
	odd := Filter(m, func(r []float64) bool { return int(r[0])%2 == 1 })
	fmt.Printf("%T %d %v\n", odd, odd.Rows(), odd)
	rev := slices.Clone(m)
	slices.Reverse(rev)
	fmt.Println(rev.Rows(), rev[0], m[0])
}
