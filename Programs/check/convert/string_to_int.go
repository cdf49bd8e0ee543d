// errorcheck

package main

func main() {
	_ = int("5") // ERROR "cannot convert \"5\" \(untyped string constant\) to type int"
}
