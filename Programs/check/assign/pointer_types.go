// errorcheck

package main

func main() {
	f := 1.0
	var p *int = &f // ERROR "cannot use &f \(value of type \*float64\) as \*int value in variable declaration"
	_ = p
}
