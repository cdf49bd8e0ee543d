// run

package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var u uint8
	u--
	fmt.Println(u)
	var b int8 = -128
	fmt.Println(-b, b/-1)
	x := int16(300)
	fmt.Println(int8(x), uint8(x))
	var big uint64 = 1<<64 - 1
	fmt.Println(big, int64(big), uint32(big))
	f := 3.99
	fmt.Println(int(f), int(-f))
	var i32 int32 = 1 << 30
	fmt.Println(i32*4, i32*2)
}
