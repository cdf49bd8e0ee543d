// errorcheck

package main

func main() {
	s := "abc"
	_ = s[0:1:2] // ERROR "invalid operation: 3-index slice of string"
}
