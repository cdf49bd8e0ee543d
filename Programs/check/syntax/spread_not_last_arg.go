// errorcheck

package main

func f(xs ...int) {}

func main() {
	s := []int{1}
	f(s..., 1) // ERROR "syntax error: unexpected literal 1, expected \)"
}
