// run

package main

import (
	"fmt"
	"unsafe"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func size[T any]() uintptr {
	var z T
	return unsafe.Sizeof(z)
}

func main() {
	fmt.Println(unsafe.Sizeof(Pair[int8, int64]{}), unsafe.Sizeof(Pair[string, bool]{}))
	var p Pair[bool, int32]
	fmt.Println(unsafe.Offsetof(p.Val), unsafe.Alignof(p))
	fmt.Println(size[Pair[byte, byte]](), size[[7]uint16](), size[struct{ a, b, c byte }]())
}
