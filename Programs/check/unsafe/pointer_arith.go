// errorcheck

package main

import "unsafe"

func main() {
	x := 1
	p := unsafe.Pointer(&x)
	_ = p + 1 // ERROR "invalid operation: p \+ 1 \(mismatched types unsafe\.Pointer and untyped int\)"
}
