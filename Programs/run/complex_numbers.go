// run

package main

import "fmt"

func main() {
	c := complex(1.5, -2)
	var d complex64 = 3 + 4i
	println(c, d, real(c), imag(d))
	fmt.Println(c, d, c*c, c/complex(0, 1), c == complex(1.5, -2), -c)
	fmt.Printf("%v %.2f %T %T\n", c, c, c, d)
	var z complex128
	fmt.Println(z, 1/z)
}
