// errorcheck

package main

func main() {
	a, b, c := 1, 2, 3
	_ = a < b < c // ERROR "invalid operation: a < b < c \(mismatched types untyped bool and int\)"
}
