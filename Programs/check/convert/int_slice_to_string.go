// errorcheck

package main

func main() {
	s := []int{104, 105}
	_ = string(s) // ERROR "cannot convert s \(variable of type \[\]int\) to type string"
}
