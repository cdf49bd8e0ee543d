// errorcheck

package main

func main() {
	s := []int{1, 2, 3}
	_ = s[2:1] // ERROR "invalid slice indices: 1 < 2"
}
