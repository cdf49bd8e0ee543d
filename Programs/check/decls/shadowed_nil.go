// errorcheck

package main

func main() {
	nil := 1
	var p *int = nil // ERROR "cannot use nil \(variable of type int\) as \*int value in variable declaration"
	_ = p
	var s []int
	_ = s == nil // ERROR "invalid operation: s == nil \(mismatched types \[\]int and int\)"
}
