// run

package main

import "fmt"

func main() {
	s := uint(3)
	var i int = 1 << s
	var i8 int8 = 1 << s
	var u = uint16(1) << s
	var x int64 = 1<<s + 1
	fmt.Println(i, i8, u, x)
	fmt.Printf("%T %v\n", 1<<s, 1<<s)
	var f = float64(1 << 3)
	const big = 1 << 100
	fmt.Println(f, big>>98, big/(1<<99))
	var a [1 << 3]bool
	fmt.Println(len(a))
	j := 2
	fmt.Println(j<<s, j>>1, -8>>1, uint8(j*100)<<1)
	var y int32 = 1
	fmt.Println(y<<31, y<<32)
}
