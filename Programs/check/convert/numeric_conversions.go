// run

package main

import "fmt"

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f))
	var big int64 = 1<<40 + 5
	fmt.Println(int32(big), int8(big), uint8(big))
	n := -1
	fmt.Println(uint8(n), uint16(n), uint32(n))
	var u uint32 = 0xFFFFFFFF
	fmt.Println(int32(u), float64(u))
	x := 300
	fmt.Println(byte(x))
	fmt.Println(float32(0.1) == 0.1, float64(float32(0.1)))
}
