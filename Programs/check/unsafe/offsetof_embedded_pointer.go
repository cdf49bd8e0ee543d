// errorcheck

package main

import "unsafe"

type Inner struct{ x int }
type T struct {
	a int
	*Inner
}

func main() {
	var t T
	_ = unsafe.Offsetof(t.x) // ERROR "invalid argument: field x is embedded via a pointer in T"
}
