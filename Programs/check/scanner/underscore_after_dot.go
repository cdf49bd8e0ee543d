// errorcheck

package main

func main() {
	x := 1._5 // ERROR "'_' must separate successive digits"
	_ = x
}
