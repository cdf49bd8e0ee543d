// errorcheck

package main

func main() {
	x := 1
	clear(x) // ERROR "invalid argument: cannot clear x \(variable of type int\): argument must be \(or constrained by\) map or slice"
}
