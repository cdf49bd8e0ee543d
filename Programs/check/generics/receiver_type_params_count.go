// errorcheck

package main

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[K]) Key() K { return p.k } // ERROR "receiver declares 1 type parameter, but receiver base type declares 2"

func main() {
}
