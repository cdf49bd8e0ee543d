// errorcheck

package main

func F[T any](n int) { // ERROR "instantiation cycle:"
	if n > 0 {
		F[[]T](n - 1)
	}
}

func main() {
	F[int](3)
}
