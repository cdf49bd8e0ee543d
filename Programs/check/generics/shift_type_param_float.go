// errorcheck

package main

func Shl[T ~int | ~float64](x T) T {
	return x << 1 // ERROR "invalid operation: shifted operand x \(variable of type T constrained by ~int \| ~float64\) must be integer"
}

func Rem[T ~int | ~float64](x, y T) T {
	return x % y // ERROR "invalid operation: operator % not defined on x \(variable of type T constrained by ~int \| ~float64\)"
}

func main() {
	_ = Shl(1)
	_ = Rem(1, 2)
}
