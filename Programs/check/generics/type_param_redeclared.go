// errorcheck

package main

func F[T any, T comparable](x T) {} // ERROR "T redeclared in this block"

type S[K comparable, K any] struct{} // ERROR "K redeclared in this block"

func main() {
}
