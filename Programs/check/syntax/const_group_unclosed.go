// errorcheck

package main

const (
	a = 1
	b = 2

func main() { // ERROR "syntax error"
}
