// run

package main

import (
	"fmt"
	"unsafe"
)

type Inner struct {
	a byte
	b int32
}

type Outer struct {
	x  byte
	in Inner
	y  byte
	ar [2]Inner
	z  int16
}

type Embeds struct {
	byte
	Inner
	int64
}

type Tail struct {
	n int64
	z [0]int64
}

type ZeroEnd struct {
	n int32
	z struct{}
}

func main() {
	var o Outer
	fmt.Println(unsafe.Sizeof(o), unsafe.Alignof(o))
	fmt.Println(unsafe.Offsetof(o.in), unsafe.Offsetof(o.y), unsafe.Offsetof(o.ar), unsafe.Offsetof(o.z))
	fmt.Println(unsafe.Offsetof(o.in.b))
	var e Embeds
	fmt.Println(unsafe.Sizeof(e), unsafe.Offsetof(e.Inner), unsafe.Offsetof(e.int64), unsafe.Offsetof(e.b))
	fmt.Println(unsafe.Sizeof(Tail{}), unsafe.Sizeof(ZeroEnd{}))
	fmt.Println(unsafe.Sizeof([3][5]int32{}), unsafe.Sizeof([0]int{}), unsafe.Sizeof([4]struct{}{}))
}
