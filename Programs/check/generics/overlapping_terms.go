// errorcheck

package main

type C interface {
	int | ~int // ERROR "overlapping terms ~int and int"
}

func main() {
}
