// errorcheck

package main

type A interface{ M() int }
type B interface{ M() string }

type AB interface {
	A
	B // ERROR "duplicate method M"
}

type AA interface {
	A
	M() int
}

func main() {
}
