// run

package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	a int16
	b float64
	c [3]bool
}

const size = unsafe.Sizeof(S{})

var buf [size]byte

func main() {
	fmt.Println(size, len(buf))
	fmt.Printf("%T\n", size)
	const off = unsafe.Offsetof(S{}.c)
	fmt.Println(off, unsafe.Alignof(S{}.b))
	type T struct {
		p *S
		s []S
	}
	fmt.Println(unsafe.Sizeof(T{}), unsafe.Sizeof(*new(S)))
}
