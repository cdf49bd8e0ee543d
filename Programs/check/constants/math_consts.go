// run

package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint16)
	fmt.Println(uint64(math.MaxUint64))
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Printf("%.4f\n", math.Pi)
	var f32 float32 = math.MaxFloat32
	fmt.Println(f32 > 3e38)
	const x = math.Pi * 1e10
	fmt.Println(x, int64(math.Pi*1e6/1e6*1e6-math.Pi*1e6))
}
