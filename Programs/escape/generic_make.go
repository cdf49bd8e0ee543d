// errorcheck -0 -m -l

// make([]T, n) in generic code with constant and variable sizes, kept local or returned.

package main

import "fmt"

func LocalConst[T any](v T) int {
	buf := make([]T, 8) // ERROR "make\(\[\]go\.shape\.int, 8\) does not escape$"
	buf[0] = v
	return len(buf)
}

func LocalVar[T any](n int, v T) int {
	buf := make([]T, n) // ERROR "make\(\[\]go\.shape\.string, n\) does not escape$"
	for i := range buf {
		buf[i] = v
	}
	return len(buf)
}

func RetConst[T any]() []T {
	return make([]T, 4) // ERROR "make\(\[\]go\.shape\.int, 4\) escapes to heap$"
}

func RetVar[T any](n int) []T {
	return make([]T, 0, n) // ERROR "make\(\[\]go\.shape\.string, 0, n\) escapes to heap$"
}

func Grid[T any](rows, cols int) [][]T {
	g := make([][]T, rows) // ERROR "make\(\[\]\[\]go\.shape\.float64, rows\) escapes to heap$"
	for i := range g {
		g[i] = make([]T, cols) // ERROR "make\(\[\]go\.shape\.float64, cols\) escapes to heap$"
	}
	return g
}

func MapOf[K comparable, V any](n int) map[K]V {
	return make(map[K]V, n) // ERROR "make\(map\[go\.shape\.string\]go\.shape\.int, n\) escapes to heap$"
}

func LocalMap[K comparable](keys []K) int {
	m := make(map[K]bool) // ERROR "make\(map\[go\.shape\.int\]bool\) does not escape$"
	for _, k := range keys {
		m[k] = true
	}
	return len(m)
}

func main() {
	a := LocalConst(1)
	b := LocalVar(3, "s")
	c := RetConst[int]()
	d := RetVar[string](2)
	g := Grid[float64](2, 3)
	m := MapOf[string, int](4)
	n := LocalMap([]int{1, 1, 2}) // ERROR "\[\]int\{\.\.\.\} does not escape$"
	fmt.Println(a, b, len(c), len(d), len(g), len(m), n) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "b escapes to heap$" "len\(c\) escapes to heap$" "len\(d\) escapes to heap$" "len\(g\) escapes to heap$" "len\(m\) escapes to heap$" "n escapes to heap$"
}
