// errorcheck

package main

func main() {
	x€ := 1 // ERROR "invalid character U\+20AC '€' in identifier"
	_ = x€  // ERROR "invalid character U\+20AC '€' in identifier"
}
