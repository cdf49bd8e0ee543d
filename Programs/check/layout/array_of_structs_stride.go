// run

package main

import (
	"fmt"
	"unsafe"
)

type Small struct {
	a int32
	b int8
}

type Padded struct {
	x int64
	y int8
}

type Odd struct {
	a [3]byte
}

func main() {
	var s [4]Small
	fmt.Println(unsafe.Sizeof(Small{}), unsafe.Sizeof(s), uintptr(unsafe.Pointer(&s[1]))-uintptr(unsafe.Pointer(&s[0])))
	fmt.Println(unsafe.Sizeof(Padded{}), unsafe.Sizeof([3]Padded{}))
	fmt.Println(unsafe.Sizeof(Odd{}), unsafe.Alignof(Odd{}), unsafe.Sizeof([5]Odd{}))
	type Holder struct {
		o  Odd
		p  Padded
		sm [2]Small
	}
	var h Holder
	fmt.Println(unsafe.Sizeof(h), unsafe.Offsetof(h.p), unsafe.Offsetof(h.sm), unsafe.Offsetof(h.p.y))
	var sl []Padded
	var mp map[int]Padded
	var ch chan [100]byte
	fmt.Println(unsafe.Sizeof(sl), unsafe.Sizeof(mp), unsafe.Sizeof(ch), unsafe.Sizeof(struct{}{}))
}
