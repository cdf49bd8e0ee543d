// errorcheck

package main

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	_, _ = a, b
}
