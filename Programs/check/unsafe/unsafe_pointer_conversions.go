// errorcheck

package main

import "unsafe"

func main() {
	x := 1
	p := unsafe.Pointer(&x)
	_ = (*float64)(p)
	_ = uintptr(p)
	_ = int(p) // ERROR "cannot convert p \(variable of type unsafe\.Pointer\) to type int"
	_ = unsafe.Pointer(x) // ERROR "cannot convert x \(variable of type int\) to type unsafe\.Pointer"
	_ = unsafe.Pointer(uintptr(0))
	var q *int = p // ERROR "cannot use p \(variable of type unsafe\.Pointer\) as \*int value in variable declaration"
	_ = q
}
