// errorcheck

package main

func main() {
	t := true
	_ = t + t // ERROR "invalid operation: operator \+ not defined on t \(variable of type bool\)"
}
