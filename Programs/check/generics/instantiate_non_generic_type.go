// errorcheck

package main

type T struct{}

func main() {
	var x T[int] // ERROR "T is not a generic type"
	_ = x
}
