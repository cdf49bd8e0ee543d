// errorcheck

package main

func two() (int, int) { return 1, 2 }

func main() {
	var a, b, c int
	a, b, c = two() // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	_, _, _ = a, b, c
}
