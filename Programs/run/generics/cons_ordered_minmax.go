// run

// cmp.Ordered functions: MinMax over slices, generic Less, cmp.Compare on strings/floats incl. NaN, cmp.Or.

package main

import (
	"cmp"
	"fmt"
	"math"
)

func MinMax[T cmp.Ordered](xs []T) (lo, hi T, ok bool) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return lo, hi, true
}

func Max3[T cmp.Ordered](a, b, c T) T {
	m := a
	if b > m {
		m = b
	}
	if c > m {
		m = c
	}
	return m
}

func IsSorted[T cmp.Ordered](xs []T) bool {
	for i := 1; i < len(xs); i++ {
		if cmp.Less(xs[i], xs[i-1]) {
			return false
		}
	}
	return true
}

type Version string

func main() {
	fmt.Println(MinMax([]int{4, -2, 9, 0}))
	fmt.Println(MinMax([]string{"pear", "Apple", "banana"}))
	fmt.Println(MinMax([]float64{}))
	fmt.Println(MinMax([]Version{"1.10", "1.9", "1.2"}))
	fmt.Println(Max3(1, 3, 2), Max3("b", "a", "c"), Max3(2.5, 2.25, -1))
	fmt.Println(IsSorted([]int{1, 2, 2, 3}), IsSorted([]string{"b", "a"}))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan))
	fmt.Println(cmp.Less(nan, math.Inf(-1)), cmp.Less(math.Inf(-1), nan))
	fmt.Println(cmp.Compare("abc", "abd"), cmp.Compare(uint8(200), uint8(3)))
	fmt.Println(cmp.Or("", "", "x", "y"), cmp.Or(0, 0, 0), cmp.Or[Version]("", "v2"))
	fmt.Println(min(3, 1, 2), max("a", "zz", "m"), min(2.5, math.Inf(1)))
	type pair struct {
		name string
		age  int
	}
	ps := []pair{{"bob", 30}, {"al", 30}, {"cy", 25}}
	c := func(a, b pair) int {
		return cmp.Or(cmp.Compare(a.age, b.age), cmp.Compare(a.name, b.name))
	}
	fmt.Println(c(ps[0], ps[1]), c(ps[1], ps[2]), c(ps[2], ps[2]))
}
