// errorcheck

package main

func First[T ~[]int | ~[]string](x T) {
	_ = x[0] // ERROR "cannot index x \(variable of type T constrained by ~\[\]int \| ~\[\]string\)"
}

func main() {
	First([]int{1})
}
