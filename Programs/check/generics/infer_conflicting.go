// errorcheck

package main

func pair[T any](a, b T) {}

func main() {
	pair(1, "x") // ERROR "mismatched types untyped int and untyped string \(cannot infer T\)|type untyped string of \"x\" does not match inferred type"
}
