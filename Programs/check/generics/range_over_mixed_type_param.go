// errorcheck

package main

func Count[T []int | map[string]int](x T) int {
	n := 0
	for range x { // ERROR "cannot range over x \(variable of type T constrained by \[\]int \| map\[string\]int\): \[\]int and"
		n++
	}
	return n
}

func main() {
	_ = Count([]int{1})
}
