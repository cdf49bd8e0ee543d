// run

package main

import "fmt"

func main() {
	fmt.Println(float32(1)/3, float64(1)/3)
	fmt.Println(int64(1e18), uint8(255))
	fmt.Println(string(rune('a'+2)))
	const c = 'A'
	var b byte = c
	fmt.Println(b, string(rune(b)))
	fmt.Println(complex(1, 2), complex64(1+2i))
	type Celsius float64
	fmt.Println(Celsius(36.6))
	fmt.Println(int('x'), rune(120))
}
