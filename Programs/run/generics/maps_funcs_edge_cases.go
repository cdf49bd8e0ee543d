// run

// maps package edge cases with generic helpers: Clone of nil stays nil, Copy/Insert overwriting, DeleteFunc, EqualFunc across value types, Collect of an empty Seq2, Insert from slices.All, Keys/Values sorted for output, and maps keyed by structs and arrays.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

func cmpVersion(a, b Version) int {
	return cmp.Or(cmp.Compare(a.Major, b.Major), cmp.Compare(a.Minor, b.Minor))
}

func Sorted[M ~map[K]V, K cmp.Ordered, V any](m M) string {
	var b strings.Builder
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Fprintf(&b, "%v=%v ", k, m[k])
	}
	return "[" + strings.TrimSpace(b.String()) + "]"
}

func Invert[K cmp.Ordered, V comparable](m map[K]V) map[V][]K {
	out := map[V][]K{}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out[m[k]] = append(out[m[k]], k)
	}
	return out
}

type Env map[string]string

func main() {
	var nilMap map[string]int
	c := maps.Clone(nilMap)
	fmt.Println(c == nil, len(c), maps.Clone(map[string]int{}) == nil)
	fmt.Println(len(maps.Collect(func(func(string, int) bool) {})), maps.Equal(nilMap, map[string]int{}))

	dst := map[string]int{"a": 1, "b": 2}
	maps.Copy(dst, map[string]int{"b": 20, "c": 30})
	fmt.Println(Sorted(dst))
	idx := map[int]string{0: "zero", 5: "five"}
	maps.Insert(idx, slices.All([]string{"A", "B", "C"}))
	fmt.Println(Sorted(idx))
	maps.DeleteFunc(idx, func(k int, v string) bool { return k%2 == 0 || v == "five" })
	fmt.Println(Sorted(idx), len(idx))

	env := Env{"HOME": "/root", "PATH": "/bin", "PORT": "8080"}
	cl := maps.Clone(env)
	cl["PATH"] += ":/usr/bin"
	fmt.Printf("%T %s %s\n", cl, Sorted(env), Sorted(cl))
	nums := map[string]int{"HOME": 0, "PATH": 0, "PORT": 8080}
	sameKeysPortOK := maps.EqualFunc(env, nums, func(s string, n int) bool {
		v, err := strconv.Atoi(s)
		return err != nil || v == n
	})
	fmt.Println(sameKeysPortOK, maps.EqualFunc(env, map[string]int{"HOME": 0}, func(string, int) bool { return true }))

	releases := map[Version]string{{1, 21}: "iter", {1, 18}: "generics", {1, 22}: "loopvar", {1, 23}: "iter"}
	for _, v := range slices.SortedFunc(maps.Keys(releases), cmpVersion) {
		fmt.Print(v, ":", releases[v], " ")
	}
	fmt.Println()
	inv := Invert(map[string]string{"a": "x", "b": "y", "c": "x"})
	fmt.Println(inv["x"], inv["y"], len(inv))
	byFeature := map[string][]Version{}
	for _, v := range slices.SortedFunc(maps.Keys(releases), cmpVersion) {
		byFeature[releases[v]] = append(byFeature[releases[v]], v)
	}
	fmt.Println(Sorted(byFeature))

	grid := map[[2]int]rune{{0, 0}: 'a', {0, 1}: 'b', {1, 0}: 'c'}
	keys := slices.SortedFunc(maps.Keys(grid), func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	fmt.Println(keys, string(slices.Sorted(maps.Values(grid))))
	for k, v := range maps.All(map[string]bool{"only": true}) {
		fmt.Println(k, v)
	}
	fmt.Println(len(maps.Collect(maps.All(grid))), maps.Equal(grid, maps.Collect(maps.All(grid))))
}
