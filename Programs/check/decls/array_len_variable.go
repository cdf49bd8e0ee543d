// errorcheck

package main

func main() {
	n := 3 // ERROR "declared and not used: n"
	var a [n]int // ERROR "invalid array length n"
	_ = a
}
