// errorcheck

package main

import "unsafe"

type T struct{ a, b int }

func main() {
	var t T
	_ = unsafe.Offsetof(t) // ERROR "invalid argument: t is not a selector expression"
}
