// run

package main

import "fmt"

func main() {
	x := 1.5
	y := 0.25
	println(x+y, x-y, x*y, x/y, -x)
	var z float64
	println(1/z > 1e308, -1/z < -1e308, z/z == z/z)
	fmt.Println(0.1+0.2, 1e6, 1e21, 123456789.0, 1.0/3, 2.0, 1e-7, 100.0)
	var f float32 = 0.1
	f *= 3
	fmt.Println(f, float64(f), float32(1)/3)
	println(f)
	g1, g2, g3 := 3.99, -3.99, 300.7
	fmt.Println(int(g1), int(g2), int64(1e18), uint8(int(g3)%256), float64(7)/2)
	fmt.Printf("%f %.2f %8.3f %-8.2f| %e %g %.3g %v\n", 3.14159, 2.5, 1.0, 2.25, 123456.789, 0.000012345, 1234.5678, 1e100)
}
