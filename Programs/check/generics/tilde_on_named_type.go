// errorcheck

package main

type MyInt int

type C interface {
	~MyInt | ~string // ERROR "invalid use of ~ \(underlying type of MyInt is int\)"
}

func F[T C](x T) {}

func main() {
}
