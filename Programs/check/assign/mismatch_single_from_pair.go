// errorcheck

package main

func two() (int, int) { return 1, 2 }

func main() {
	x := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	_ = x
}
