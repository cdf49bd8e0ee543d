// run

package main

import "fmt"

func main() {
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7%-3)
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var mn int8 = -128
	fmt.Println(-mn, mn/-1)
	x := 0b1011
	fmt.Println(x&0b0110, x|0b0100, x^0b1111, x&^0b0011, ^x)
	fmt.Println(1<<3, -16>>2, uint8(200)>>3, int8(-1)>>7)
	var s uint = 70
	fmt.Println(1<<s, int32(1)<<30, uint64(1)<<63)
	fmt.Println(0x_FF, 0o17, 017, 1_000_000, 0b_1010)
	var u32 uint32 = 1 << 31
	fmt.Println(u32*2, int32(u32))
	a, b := 10, 3
	a, b = b, a
	fmt.Println(a, b)
	var ui uint = 3
	fmt.Println(ui - 4 > 0)
}
