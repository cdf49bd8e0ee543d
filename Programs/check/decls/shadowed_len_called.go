// errorcheck

package main

func main() {
	len := 3
	s := []int{1, 2} // ERROR "declared and not used: s"
	_ = len(s) // ERROR "invalid operation: cannot call len \(variable of type int\): int is not a function"
	cap := "x"
	_ = cap(s) // ERROR "invalid operation: cannot call cap \(variable of type string\): string is not a function"
}
