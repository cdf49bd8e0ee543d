// run

package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 98
	Huge  = Big * Big
	Back  = Huge / Big / Big
)

const third = 1.0 / 3

func main() {
	fmt.Println(Small, Back)
	var f float32 = third
	var d float64 = third
	fmt.Println(f, d)
	fmt.Println(Big/(1<<90), Big%7)
	const maxU64 = 1<<64 - 1
	var u uint64 = maxU64
	fmt.Println(u, uint32(maxU64>>32))
}
