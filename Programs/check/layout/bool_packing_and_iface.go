// run

package main

import (
	"fmt"
	"unsafe"
)

type Flags struct {
	a, b, c, d bool
	n         int16
	e         bool
}

type WithIface struct {
	ok  bool
	err error
	s   fmt.Stringer
}

type Mixed struct {
	f32 float32
	c64 complex64
	u8  uint8
	f64 float64
	u16 uint16
}

func main() {
	var f Flags
	fmt.Println("Flags", unsafe.Sizeof(f), unsafe.Alignof(f), unsafe.Offsetof(f.n), unsafe.Offsetof(f.e))
	var w WithIface
	fmt.Println("WithIface", unsafe.Sizeof(w), unsafe.Offsetof(w.err), unsafe.Offsetof(w.s))
	var m Mixed
	fmt.Println("Mixed", unsafe.Sizeof(m), unsafe.Alignof(m.c64), unsafe.Offsetof(m.c64), unsafe.Offsetof(m.u8), unsafe.Offsetof(m.f64), unsafe.Offsetof(m.u16))
}
