// errorcheck

package main

import "unsafe"

func main() {
	b := []byte("x")
	_ = unsafe.String(b, 1) // ERROR "cannot use b \(variable of type \[\]byte\) as \*byte value in argument to unsafe\.String"
}
