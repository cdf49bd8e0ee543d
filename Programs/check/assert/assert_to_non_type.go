// errorcheck

package main

func main() {
	var x any = 1
	y := 2
	_ = x.(y) // ERROR "y \(local variable\) is not a type"
}
