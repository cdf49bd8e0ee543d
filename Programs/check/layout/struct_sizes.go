// run

package main

import (
	"fmt"
	"unsafe"
)

type Empty struct{}

type A struct {
	a bool
	b int64
	c bool
}

type B struct {
	b int64
	a bool
	c bool
}

type C struct {
	x int8
	y int16
	z int32
}

type D struct {
	s  string
	sl []int
	i  interface{}
	p  *int
	m  map[string]int
	ch chan int
	f  func()
}

type E struct {
	a int32
	e struct{}
}

type F struct {
	e struct{}
	a int32
}

type G struct {
	arr [3]byte
	u   uint16
}

type H struct {
	c complex128
	f float32
}

func main() {
	fmt.Println("Empty", unsafe.Sizeof(Empty{}), unsafe.Alignof(Empty{}))
	fmt.Println("A", unsafe.Sizeof(A{}), unsafe.Alignof(A{}), unsafe.Offsetof(A{}.b), unsafe.Offsetof(A{}.c))
	fmt.Println("B", unsafe.Sizeof(B{}), unsafe.Offsetof(B{}.a), unsafe.Offsetof(B{}.c))
	var c C
	fmt.Println("C", unsafe.Sizeof(c), unsafe.Offsetof(c.y), unsafe.Offsetof(c.z))
	var d D
	fmt.Println("D", unsafe.Sizeof(d), unsafe.Offsetof(d.sl), unsafe.Offsetof(d.i), unsafe.Offsetof(d.p), unsafe.Offsetof(d.f))
	fmt.Println("E", unsafe.Sizeof(E{}), "F", unsafe.Sizeof(F{}))
	var g G
	fmt.Println("G", unsafe.Sizeof(g), unsafe.Alignof(g), unsafe.Offsetof(g.u))
	var h H
	fmt.Println("H", unsafe.Sizeof(h), unsafe.Alignof(h), unsafe.Alignof(h.c))
}
