// errorcheck

package main

func main() {
	a := [3]int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	_ = a
}
