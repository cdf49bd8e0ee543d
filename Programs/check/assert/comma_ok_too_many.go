// errorcheck

package main

func main() {
	var x any = 1
	a, b, c := x.(int) // ERROR "assignment mismatch: 3 variables but 1 value"
	_, _, _ = a, b, c
}
