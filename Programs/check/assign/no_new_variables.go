// errorcheck

package main

func main() {
	x := 1
	x := 2 // ERROR "no new variables on left side of :="
	_ = x
}
