// errorcheck

package main

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	_ = Eq([]int{}, []int{}) // ERROR "\[\]int does not satisfy comparable"
}
