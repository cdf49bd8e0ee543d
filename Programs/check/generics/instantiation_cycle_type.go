// errorcheck

package main

type T[P any] struct { // ERROR "instantiation cycle:"
	f *T[[]P]
}

var x T[int]

func main() {
	_ = x
}
