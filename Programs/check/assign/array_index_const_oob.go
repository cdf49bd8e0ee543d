// errorcheck

package main

func main() {
	var a [3]int
	a[5] = 1 // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	const s = "abc"
	_ = s[10] // ERROR "invalid argument: index 10 out of bounds \[0:3\]"
}
