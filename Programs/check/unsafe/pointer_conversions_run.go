// run

package main

import (
	"fmt"
	"unsafe"
)

type Header struct {
	a uint32
	b uint32
}

func main() {
	h := Header{1, 2}
	p := unsafe.Pointer(&h)
	pb := (*uint32)(unsafe.Add(p, unsafe.Offsetof(h.b)))
	*pb = 42
	fmt.Println(h.b)
	f := 1.0
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#x\n", bits)
	arr := []int{10, 20, 30}
	s := unsafe.Slice(&arr[0], 2)
	fmt.Println(s, len(s))
	str := "hello"
	bp := unsafe.StringData(str)
	fmt.Println(unsafe.String(bp, 4))
	fmt.Println(unsafe.Sizeof(p), unsafe.Sizeof(uintptr(0)))
}
