// errorcheck

package main

type A[T any] = T // ERROR "cannot use type parameter declared in alias declaration as RHS"

type B[T any] = []T

var _ B[int]

func main() {
}
