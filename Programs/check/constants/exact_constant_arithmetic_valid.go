// run

package main

import (
	"fmt"
	"math"
)

const (
	huge   = 1 << 200
	tiny   = 1.0 / huge
	third  = 1.0 / 3
	c      = (3 + 4i) * (3 - 4i)
	cr     = real(c)
	ci     = imag(1i * 1i)
	maxU64 = math.MaxUint64
	minI64 = math.MinInt64
)

func main() {
	fmt.Println(huge/(huge>>1), tiny*huge, third*3 == 1)
	fmt.Println(c, cr, ci)
	var u uint64 = maxU64
	var m int64 = minI64
	fmt.Println(u, m)
	var f32 float32 = third
	fmt.Println(f32, float64(third))
	var k int = 1e3
	var r rune = 'a' + 2
	var cx complex64 = 2
	fmt.Println(k, r, string(r), cx)
	const typed int16 = 1000
	fmt.Println(typed*32, typed/3, typed%7)
	const mixed = 'a' * 2.5
	fmt.Printf("%T %v\n", mixed, mixed)
	fmt.Println(7/2, 7/2.0, -7/2, -7%3, 7.0/2)
	var x float64 = 1 + 0i
	fmt.Println(x)
}
