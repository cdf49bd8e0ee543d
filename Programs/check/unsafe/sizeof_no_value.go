// errorcheck

package main

import "unsafe"

func f() {}

func main() {
	_ = unsafe.Sizeof(f()) // ERROR "f\(\) \(no value\) used as value"
}
