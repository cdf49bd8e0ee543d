// errorcheck

package main

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	_ = Max(1, 2.5)
	_ = Max(1, "a") // ERROR "in call to Max, mismatched types untyped int and untyped string \(cannot infer T\)"
	_ = Max(2.5, 'x')
}
