// errorcheck

package main

func main() {
	a := [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)|array index 2 out of bounds \[0:2\]"
	_ = a
}
