// errorcheck

package main

func main() {
	x := 1
	* x = 2 // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
}
