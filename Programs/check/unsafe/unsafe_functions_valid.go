// run

package main

import (
	"fmt"
	"unsafe"
)

type Rec struct {
	A byte
	B int64
	C [3]uint16
}

type Outer struct {
	X int32
	Rec
}

func main() {
	var r Rec
	fmt.Println(unsafe.Sizeof(r), unsafe.Alignof(r.B), unsafe.Offsetof(r.C))
	var o Outer
	fmt.Println(unsafe.Offsetof(o.Rec), unsafe.Offsetof(o.B), unsafe.Offsetof(o.Rec.B))
	arr := []int32{10, 20, 30, 40}
	p := unsafe.Pointer(unsafe.SliceData(arr))
	third := (*int32)(unsafe.Add(p, 2*unsafe.Sizeof(arr[0])))
	fmt.Println(*third)
	view := unsafe.Slice(&arr[1], 2)
	fmt.Println(view, len(view), cap(view))
	bs := []byte("hello")
	s := unsafe.String(&bs[0], 3)
	fmt.Println(s)
	d := unsafe.StringData("abc")
	fmt.Println(*d, string(unsafe.Slice(d, 2)))
	const sz = unsafe.Sizeof(int16(0)) * 4
	var buf [sz]byte
	fmt.Println(len(buf))
}
