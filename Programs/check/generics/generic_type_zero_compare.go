// errorcheck

package main

type Opt[T any] struct {
	v   T
	set bool
}

func IsZero[T comparable](x T) bool {
	var z T
	return x == z
}

func main() {
	_ = IsZero(Opt[int]{})
	_ = IsZero(Opt[[]int]{}) // ERROR "Opt\[\[\]int\] does not satisfy comparable"
	_ = IsZero([]int{}) // ERROR "\[\]int does not satisfy comparable"
}
