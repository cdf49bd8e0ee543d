// run

// F-bounded constraints: T interface{ Less(T) bool }, self-referential generic constraint used for sort and min.

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Lesser[T any] interface {
	Less(T) bool
}

type Ver struct{ Major, Minor int }

func (a Ver) Less(b Ver) bool {
	if a.Major != b.Major {
		return a.Major < b.Major
	}
	return a.Minor < b.Minor
}

type CI string

func (a CI) Less(b CI) bool { return strings.ToLower(string(a)) < strings.ToLower(string(b)) }

func SortL[T Lesser[T]](xs []T) {
	sort.Slice(xs, func(i, j int) bool { return xs[i].Less(xs[j]) })
}

func MinL[T Lesser[T]](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

type Cloner[T any] interface {
	Clone() T
}

type Doc struct {
	Title string
	Tags  []string
}

func (d *Doc) Clone() *Doc {
	return &Doc{d.Title, append([]string(nil), d.Tags...)}
}

func CloneAll[T Cloner[T]](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x.Clone()
	}
	return out
}

func main() {
	vs := []Ver{{1, 10}, {1, 2}, {0, 99}, {2, 0}}
	SortL(vs)
	fmt.Println(vs)
	fmt.Println(MinL(Ver{3, 1}, Ver{3, 0}, Ver{4, 0}))
	cs := []CI{"banana", "Apple", "cherry", "apricot"}
	SortL(cs)
	fmt.Println(cs)
	fmt.Println(MinL[CI]("Zed", "alpha", "Beta"))
	docs := []*Doc{{"a", []string{"x"}}, {"b", nil}}
	cl := CloneAll(docs)
	cl[0].Tags[0] = "changed"
	cl[1].Title = "B"
	fmt.Println(docs[0].Tags, docs[1].Title, cl[0].Tags, cl[1].Title)
}
