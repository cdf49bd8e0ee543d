// run

package main

import "fmt"

func main() {
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		fmt.Println(p[0]/p[1], p[0]%p[1])
	}
	x := 0b1011_0110
	fmt.Println(x&0x0F, x|0x100, x^0xFF, x&^0b110, x>>2, x<<3)
	var u uint8 = 0xF0
	fmt.Println(^u, -u, u>>4, u<<2)
	var i int8 = -1
	fmt.Println(uint8(i), i>>7, i<<7)
	fmt.Printf("%08b %o %O %X %#x\n", 5, 64, 64, 255, 255)
	n := 1_000_000
	fmt.Println(n, 0x1p4, 1e3, 0o17, 017)
}
