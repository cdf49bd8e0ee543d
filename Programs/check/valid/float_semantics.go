// run

package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3)
	const c = 0.1 + 0.2
	fmt.Println(c == 0.3)
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	nan := math.NaN()
	fmt.Println(nan == nan, math.IsNaN(nan), math.IsInf(math.Inf(1), 1))
	fmt.Println(math.Sqrt(2), math.Floor(-1.5), math.Ceil(1.2), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.MaxInt32, math.Abs(-3), math.Pow(2, 10), math.Mod(7, 3))
	negf := -2.9
	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32)
	fmt.Println(int(negf), int64(math.Float64frombits(0x4000000000000000)))
	fmt.Printf("%.3f %v %v\n", math.Pi, float32(math.Pi), -0.0)
	negz := math.Copysign(0, -1)
	fmt.Println(negz, 1/negz, negz == 0)
}
