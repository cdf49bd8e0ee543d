// errorcheck

package main

func pair[T any](a, b T) {}

func main() {
	var i int
	var s string
	pair(i, s) // ERROR "type string of s does not match inferred type int for T"
}
