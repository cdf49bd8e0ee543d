// errorcheck

package main

import "unsafe"

type T struct{ a int }

func (T) M() {}

func main() {
	var t T
	_ = unsafe.Offsetof(t.M) // ERROR "invalid argument: t\.M is a method value"
}
