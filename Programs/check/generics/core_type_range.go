// errorcheck

package main

func f[T []int | map[int]int](v T) {
	for range v { // ERROR "cannot range over v"
	}
}

func main() {
}
