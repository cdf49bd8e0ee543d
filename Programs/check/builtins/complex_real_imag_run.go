// run

package main

import "fmt"

func main() {
	c := complex(3, 4)
	fmt.Println(real(c), imag(c))
	var f32 float32 = 1.5
	c64 := complex(f32, 2)
	fmt.Printf("%T %v\n", c64, c64)
	fmt.Println(c*c, c/2, c == complex(3, 4))
	const k = complex(1, 0)
	var f float64 = real(k)
	fmt.Println(f, imag(2i))
}
