// compile

package main

func F[T interface{ *T }]() {}

type C[T C[T]] struct{}

func main() {
}
