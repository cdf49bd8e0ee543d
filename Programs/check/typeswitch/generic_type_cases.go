// errorcheck

package main

type Box[T any] struct{ v T }

func f(x any) {
	switch x.(type) {
	case Box[int]:
	case Box[string]:
	case Box[int]: // ERROR "duplicate case Box\[int\] in type switch"
	case Box: // ERROR "cannot use generic type Box\[T any\] without instantiation"
	}
}

func main() {
}
