// errorcheck

package main

type Set[K comparable] map[K]struct{}

type Tree[T interface{ ~int | ~string }] struct {
	left, right *Tree[T]
	val         T
}

var s Set[[]int] // ERROR "\[\]int does not satisfy comparable"
var t Tree[float64] // ERROR "float64 does not satisfy interface\{~int \| ~string\} \(float64 missing in ~int \| ~string\)"
var u Set[func()] // ERROR "func\(\) does not satisfy comparable"

func main() {
	_, _, _ = s, t, u
}
