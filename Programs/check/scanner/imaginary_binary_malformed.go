// errorcheck

package main

func main() {
	x := 0b102i // ERROR "malformed constant: 0b102i"
	_ = x
}
