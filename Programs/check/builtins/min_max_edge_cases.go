// errorcheck

package main

func main() {
	_ = min() // ERROR "invalid operation: not enough arguments for min\(\) \(expected 1, found 0\)"
	_ = max(1, "a") // ERROR "invalid argument: mismatched types untyped int \(previous argument\) and untyped string \(type of \"a\"\)"
	s := []int{1, 2}
	_ = max(s...) // ERROR "invalid operation: invalid use of \.\.\. with built-in max"
	_ = min(true, false) // ERROR "invalid argument: true \(untyped bool constant\) cannot be ordered"
	_ = max(s, s) // ERROR "invalid argument: s \(variable of type \[\]int\) cannot be ordered"
	var i int = min(1, 2.5)
	_ = i
}
