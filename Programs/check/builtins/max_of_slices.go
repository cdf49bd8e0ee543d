// errorcheck

package main

func main() {
	a, b := []int{1}, []int{2}
	_ = max(a, b) // ERROR "invalid argument: a \(variable of type \[\]int\) cannot be ordered"
}
