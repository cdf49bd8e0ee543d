// errorcheck

package main

func F[T any, U int | T]() {} // ERROR "term cannot be a type parameter"

type C[T any] interface {
	~int | T // ERROR "term cannot be a type parameter"
}

func main() {
}
