// errorcheck

package main

func main() {
	_ = make([]int, 5, 2) // ERROR "invalid argument: length and capacity swapped"
}
