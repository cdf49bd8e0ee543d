// errorcheck -0 -m -l

// sort.Ints and sort.Slice.

package p

import "sort"

func f(xs []int) { // ERROR "xs does not escape$"
	sort.Ints(xs)
}

func h(xs []int) { // ERROR "leaking param: xs$"
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] }) // ERROR "xs escapes to heap$" "func literal does not escape$"
}
