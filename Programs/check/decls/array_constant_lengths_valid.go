// run

package main

import (
	"fmt"
	"unsafe"
)

const N = 3

type Grid [N * 2][N]rune

type Header struct {
	a int32
	b int64
}

func main() {
	var a [len("hello")]int
	var b [unsafe.Sizeof(Header{})]byte
	var c [N << 1]string
	var d [cap([4]int{})]int
	var e [len([...]int{1, 2, 3, 4, 5, 6, 7})]bool
	var g Grid
	fmt.Println(len(a), len(b), len(c), len(d), len(e), len(g), len(g[0]))
	x := [...]string{5: "f", 2: "c"}
	fmt.Println(len(x), x[2]+x[5])
	var arr [unsafe.Alignof(int64(0))]int
	fmt.Println(len(arr))
	type T [int(2.0) + 'a' - 'a']int
	fmt.Println(len(T{}))
	const big = 1 << 4
	var p [big / 4]*int
	fmt.Println(len(p), p[0] == nil)
}
