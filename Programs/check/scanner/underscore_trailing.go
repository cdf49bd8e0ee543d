// errorcheck

package main

func main() {
	x := 1000_ // ERROR "'_' must separate successive digits"
	_ = x
}
