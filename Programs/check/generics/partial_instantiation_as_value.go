// errorcheck

package main

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

var f = Map[int] // ERROR "cannot infer U \(declared at \./partial_instantiation_as_value\.go:5:13\)"

func main() {
	g := Map[int, string]
	_ = g
	_ = f
}
