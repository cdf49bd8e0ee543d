// run

// Constraints combining a type set with methods: interface{ ~int | ~string; Label() string }, ordered operations allowed by the type set while methods come from named types, plus comparable embedded with a method.

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Labeled interface {
	~int | ~string
	Label() string
}

type Priority int

func (p Priority) Label() string {
	switch {
	case p >= 8:
		return "urgent"
	case p >= 4:
		return "normal"
	}
	return "low"
}

type SKU string

func (s SKU) Label() string { return "sku:" + strings.ToUpper(string(s)) }

// Largest uses > from the type set and Label from the method set.
func Largest[T Labeled](xs []T) (T, string) {
	best := xs[0]
	for _, x := range xs[1:] {
		if x > best {
			best = x
		}
	}
	return best, best.Label()
}

func GroupByLabel[T Labeled](xs []T) map[string][]T {
	out := map[string][]T{}
	for _, x := range xs {
		out[x.Label()] = append(out[x.Label()], x)
	}
	for _, v := range out {
		slices.Sort(v)
	}
	return out
}

// Concat: + is defined for every type in ~int | ~string.
func Concat[T Labeled](xs ...T) T {
	var acc T
	for _, x := range xs {
		acc += x
	}
	return acc
}

type Keyed interface {
	comparable
	Key() string
}

type User struct {
	ID   int
	Name string
}

func (u User) Key() string { return fmt.Sprintf("user/%d", u.ID) }

type Tag string

func (t Tag) Key() string { return "tag/" + string(t) }

func Dedup[T Keyed](xs []T) ([]T, []string) {
	seen := map[T]bool{}
	var out []T
	var keys []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
			keys = append(keys, x.Key())
		}
	}
	return out, keys
}

func SortedLabels[T Labeled](m map[string][]T) string {
	var b strings.Builder
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(strings.Compare(a, b), cmp.Compare(len(a), len(b))) })
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%v ", k, m[k])
	}
	return b.String()
}

func main() {
	ps := []Priority{3, 9, 5, 1, 8, 4}
	top, lbl := Largest(ps)
	fmt.Println(top, lbl)
	fmt.Println(SortedLabels(GroupByLabel(ps)))
	fmt.Println(Concat(ps...), Concat(ps...).Label(), Concat[Priority]())

	skus := []SKU{"b-20", "a-10", "c-05"}
	s, sl := Largest(skus)
	fmt.Println(s, sl, Concat(skus...), Concat(skus...).Label())
	fmt.Println(SortedLabels(GroupByLabel(skus)))

	users := []User{{1, "ann"}, {2, "bob"}, {1, "ann"}, {1, "ANN"}}
	du, keys := Dedup(users)
	fmt.Println(du, keys)
	dt, tkeys := Dedup([]Tag{"go", "swift", "go"})
	fmt.Println(dt, tkeys)
	fmt.Printf("%T %T\n", top, dt)
}
