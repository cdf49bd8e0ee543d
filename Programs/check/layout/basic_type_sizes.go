// run

package main

import (
	"fmt"
	"unsafe"
)

func main() {
	var (
		b   bool
		i8  int8
		i16 int16
		i32 int32
		i64 int64
		i   int
		u   uint
		up  uintptr
		f32 float32
		f64 float64
		c64 complex64
		c   complex128
		s   string
		sl  []string
		m   map[int]int
		p   *byte
		ifc interface{}
		e   error
		fn  func()
		ch  chan int
		arr [5]int16
	)
	fmt.Println(unsafe.Sizeof(b), unsafe.Sizeof(i8), unsafe.Sizeof(i16), unsafe.Sizeof(i32), unsafe.Sizeof(i64))
	fmt.Println(unsafe.Sizeof(i), unsafe.Sizeof(u), unsafe.Sizeof(up))
	fmt.Println(unsafe.Sizeof(f32), unsafe.Sizeof(f64), unsafe.Sizeof(c64), unsafe.Sizeof(c))
	fmt.Println(unsafe.Sizeof(s), unsafe.Sizeof(sl), unsafe.Sizeof(m), unsafe.Sizeof(p))
	fmt.Println(unsafe.Sizeof(ifc), unsafe.Sizeof(e), unsafe.Sizeof(fn), unsafe.Sizeof(ch), unsafe.Sizeof(arr))
	fmt.Println(unsafe.Alignof(c64), unsafe.Alignof(c), unsafe.Alignof(arr), unsafe.Alignof(s))
}
