// errorcheck

package main

func F[T ~int | ~string](x T) float64 {
	return float64(x) // ERROR "cannot convert x \(variable of type T constrained by ~int \| ~string\) to type float64: cannot convert"
}

func G[T ~int | ~float64](x T) string {
	return string(x) // ERROR "cannot convert x \(variable of type T constrained by ~int \| ~float64\) to type string: cannot convert"
}

func main() {
	_ = F(1)
	_ = G(2)
}
