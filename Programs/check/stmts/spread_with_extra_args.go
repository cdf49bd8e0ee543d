// errorcheck

package main

func f(xs ...int) {}

func main() {
	s := []int{1, 2}
	f(0, s...) // ERROR "too many arguments in call to f"
}
