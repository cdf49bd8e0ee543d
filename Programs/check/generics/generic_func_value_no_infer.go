// errorcheck

package main

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func main() {
	g := Map // ERROR "cannot use generic function Map without instantiation"
	var h func([]int, func(int) string) []string = Map
	_, _ = g, h
}
