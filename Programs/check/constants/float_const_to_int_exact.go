// run

package main

import "fmt"

const (
	Thousand   = 1e3
	Shifted    = 1 << 62 >> 60
	Ratio      = 22.0 / 7
	WholeRatio = Ratio * 7
	Char       = 'a' + 25
	HugeFloat  = 1e300 * 1e300 / 1e300
)

func main() {
	var i int = Thousand
	var j int8 = Shifted
	var k uint = WholeRatio
	var r rune = Char
	fmt.Println(i, j, k, string(r))
	fmt.Println(HugeFloat, Ratio)
	var b byte = 'A' + 1
	fmt.Println(b, string(rune(b)))
	fmt.Println(len("héllo"), "héllo"[1])
	const mask = ^uint8(0)
	fmt.Println(mask, ^0, -1 >> 1)
}
