// errorcheck

package main

import "unsafe"

type Inner struct{ x int }

type Outer struct {
	y int
	*Inner
}

func main() {
	var o Outer
	_ = unsafe.Offsetof(o.x) // ERROR "invalid argument: field x is embedded via a pointer in Outer"
	_ = unsafe.Offsetof(o.y)
	_ = unsafe.Offsetof(o.Inner)
}
