// errorcheck

package main

func main() {
	x := 1
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	case int:
	}
	var p *int
	switch y := p.(type) { // ERROR "p \(variable of type \*int\) is not an interface"
	default:
		_ = y
	}
}
