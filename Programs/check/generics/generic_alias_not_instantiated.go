// errorcheck

package main

type Set[T comparable] = map[T]bool

func main() {
	var s Set // ERROR "cannot use generic type Set\[T comparable\] without instantiation"
	_ = s
}
