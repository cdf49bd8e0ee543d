// run

// Instantiated generic structs as map keys and with ==; generic Key type composition; interface holding generic structs compared.

package main

import (
	"fmt"
	"maps"
	"slices"
)

type Key[A, B comparable] struct {
	A A
	B B
}

func K[A, B comparable](a A, b B) Key[A, B] { return Key[A, B]{a, b} }

type Grid[T any] struct {
	cells map[Key[int, int]]T
}

func (g *Grid[T]) Set(x, y int, v T) {
	if g.cells == nil {
		g.cells = map[Key[int, int]]T{}
	}
	g.cells[K(x, y)] = v
}

func (g *Grid[T]) Get(x, y int) (T, bool) {
	v, ok := g.cells[K(x, y)]
	return v, ok
}

func main() {
	fmt.Println(K(1, "a") == K(1, "a"), K(1, "a") == K(2, "a"))
	var x, y any = K(1, 2), K(1, 2)
	fmt.Println(x == y)
	var z any = Key[int64, int]{1, 2}
	fmt.Println(x == z)
	g := &Grid[rune]{}
	g.Set(0, 0, 'a')
	g.Set(2, 1, 'b')
	g.Set(0, 0, 'c')
	v, ok := g.Get(0, 0)
	fmt.Printf("%c %v %d\n", v, ok, len(g.cells))
	_, ok = g.Get(1, 1)
	fmt.Println(ok)
	counts := map[Key[string, bool]]int{}
	for _, w := range []string{"go", "Go", "go", "GO", "rust"} {
		counts[K(w, w[0] >= 'a')]++
	}
	keys := slices.SortedFunc(maps.Keys(counts), func(a, b Key[string, bool]) int {
		if a.A < b.A {
			return -1
		}
		if a.A > b.A {
			return 1
		}
		return 0
	})
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	nested := map[Key[Key[int, int], string]]bool{K(K(1, 2), "x"): true}
	fmt.Println(nested[K(K(1, 2), "x")], nested[K(K(2, 1), "x")])
}
