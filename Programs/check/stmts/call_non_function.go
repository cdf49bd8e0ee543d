// errorcheck

package main

func main() {
	x := 1
	x() // ERROR "invalid operation: cannot call x \(variable of type int\): int is not a function"
}
