// errorcheck

package main

func main() {
	x := 1
	_ = x[0] // ERROR "cannot index x \(variable of type int\)"
}
