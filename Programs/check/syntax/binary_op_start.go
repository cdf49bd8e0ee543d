// errorcheck

package main

func main() {
	x := 1
	* x = 2 // ERROR "syntax error|invalid operation"
}
