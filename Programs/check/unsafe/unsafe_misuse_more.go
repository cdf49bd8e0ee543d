// errorcheck

package main

import "unsafe"

type T struct {
	a int
	b string
}

func (T) M() {}

func main() {
	var t T
	_ = unsafe.Offsetof(t) // ERROR "invalid argument: t is not a selector expression"
	_ = unsafe.Offsetof(t.M) // ERROR "invalid argument: t\.M is a method value"
	_ = unsafe.Sizeof(T) // ERROR "T \(type\) is not an expression"
	p := unsafe.Pointer(&t)
	_ = unsafe.Add(p, 1.5) // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = unsafe.Slice(&t.a, -1) // ERROR "invalid argument: length -1 \(constant of type int\) must not be negative"
	_ = unsafe.String(&t.b, 1) // ERROR "cannot use &t\.b \(value of type \*string\) as \*byte value in argument to unsafe\.String"
}
