// errorcheck -0 -m -l

// generic functions and methods of generic types analysed per shape instance (go.shape types, dictionary arguments).

package p

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs)) // ERROR "make\(\[\]go\.shape\.string, 0, len\(xs\)\) escapes to heap$" "make\(\[\]go\.shape\.bool, 0, len\(xs\)\) escapes to heap$"
	for _, x := range xs {
		out = append(out, f(x)) // ERROR "append escapes to heap$" "append escapes to heap$"
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x) // ERROR "append escapes to heap$"
		}
	}
	return out
}

func First[T any](xs []T) *T {
	if len(xs) == 0 {
		return nil
	}
	return &xs[0]
}

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T   { return b.v }
func (b *Box[T]) Set(v T)  { b.v = v }
func NewBox[T any](v T) *Box[T] { return &Box[T]{v: v} } // ERROR "&Box\[go\.shape\.int\]\{\.\.\.\} escapes to heap$"

func use(nums []int, words []string) { // ERROR "nums does not escape$" "words does not escape$"
	strs := Map(nums, func(n int) string { return fmt.Sprint(n) }) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$" "func literal does not escape$"
	evens := Filter(nums, func(n int) bool { return n%2 == 0 }) // ERROR "func literal does not escape$"
	fmt.Println(len(strs), len(evens), First(words) != nil) // ERROR "\.\.\. argument does not escape$" "len\(strs\) escapes to heap$" "len\(evens\) escapes to heap$" "First\[go\.shape\.string\]\(&\.dict\.First\[string\], words\) != nil escapes to heap$"
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Map[int, bool](nums, func(n int) bool { return n > 2 })) // ERROR "\.\.\. argument does not escape$" "Sum\[go\.shape\.int\]\(&\.dict\.Sum\[int\], \.\.\. argument\.\.\.\) escapes to heap$" "\.\.\. argument does not escape$" "Sum\[go\.shape\.float64\]\(&\.dict\.Sum\[float64\], \.\.\. argument\.\.\.\) escapes to heap$" "\.\.\. argument does not escape$" "Map\[go\.shape\.int,go\.shape\.bool\]\(&\.dict\.Map\[int,bool\], nums, func literal\) escapes to heap$" "func literal does not escape$"
	b := NewBox(3)
	b.Set(4)
	fmt.Println(b.Get()) // ERROR "\.\.\. argument does not escape$" "\(\*Box\[go\.shape\.int\]\)\.Get\(b, &\.dict\.Box\[int\]\) escapes to heap$"
}
