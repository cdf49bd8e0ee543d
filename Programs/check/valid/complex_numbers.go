// run

package main

import (
	"fmt"
	"math"
)

func abs(c complex128) float64 { return math.Hypot(real(c), imag(c)) }

func conj(c complex128) complex128 { return complex(real(c), -imag(c)) }

func main() {
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c), abs(c))
	var c64 complex64 = 1 + 2i
	fmt.Printf("%T %v\n", c64*c64, c64*c64)
	d := c / (1 + 1i)
	fmt.Println(d, c == complex(3, 4), conj(c))
	const k = 2i * 2i
	fmt.Println(k, real(k))
	fmt.Printf("%.2f\n", complex(0, math.Sqrt(1)))
	var f float32 = real(c64)
	fmt.Println(f)
}
