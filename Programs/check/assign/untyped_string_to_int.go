// errorcheck

package main

func main() {
	x := 1
	x = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in assignment"
	_ = x
}
