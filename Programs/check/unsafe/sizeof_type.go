// errorcheck

package main

import "unsafe"

func main() {
	_ = unsafe.Sizeof(int) // ERROR "int \(type\) is not an expression"
}
