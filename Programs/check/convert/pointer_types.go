// errorcheck

package main

func main() {
	f := 1.0
	_ = (*int)(&f) // ERROR "cannot convert &f \(value of type \*float64\) to type \*int"
}
