// errorcheck

package main

func main() {
	a, b := 1, 2
	_ = a && b // ERROR "invalid operation: operator && not defined on a \(variable of type int\)"
}
