// errorcheck

package main

type S struct{ f []int }

func main() {
	var a, b any
	_ = a == b
	var s1, s2 S
	_ = s1 == s2 // ERROR "invalid operation: s1 == s2 \(struct containing \[\]int cannot be compared\)"
	_ = a == s1 // ERROR "invalid operation: a == s1 \(struct containing \[\]int cannot be compared\)"
}
