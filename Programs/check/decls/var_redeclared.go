// errorcheck

package main

func main() {
	var x int
	var x string // ERROR "x redeclared in this block"
	_ = x
}
