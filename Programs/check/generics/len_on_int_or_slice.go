// errorcheck

package main

func L[T ~[]int | ~int](x T) int {
	return len(x) // ERROR "invalid argument: x \(variable of type T constrained by ~\[\]int \| ~int\) for built-in len"
}

func main() {
	_ = L([]int{1})
}
