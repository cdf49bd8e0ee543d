// errorcheck

package main

func Reset[T ~[]int | ~map[int]int](x T) {
	clear(x)
}

func Bad[T ~[]int | ~[3]int](x T) {
	clear(x) // ERROR "invalid argument: cannot clear x \(variable of type T constrained by ~\[\]int \| ~\[3\]int\): argument"
}

func main() {
}
