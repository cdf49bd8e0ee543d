// errorcheck

package main

func pair[T any](a, b T) {}

func main() {
	pair(1, "x") // ERROR "in call to pair, mismatched types untyped int and untyped string \(cannot infer T\)"
}
