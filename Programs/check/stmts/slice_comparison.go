// errorcheck

package main

func main() {
	a, b := []int{}, []int{}
	_ = a == b // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
}
