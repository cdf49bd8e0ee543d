// errorcheck

package main

func main() {
	s := []int{1, 2}
	for i := range &s { // ERROR "cannot range over &s \(value of type \*\[\]int\)"
		_ = i
	}
	a := [3]int{}
	for i := range &a {
		_ = i
	}
}
