// errorcheck

package main

import "unsafe"

func F[T any]() {
	const c T = 1 // ERROR "invalid constant type T"
	var a [unsafe.Sizeof(*new(T))]byte // ERROR "array length unsafe\.Sizeof\(\*new\(T\)\) \(value of type uintptr\) must be constant"
	_ = a
}

func main() {
	F[int]()
}
