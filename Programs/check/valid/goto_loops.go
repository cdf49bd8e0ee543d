// run

package main

import "fmt"

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5))
	i := 0
next:
	if i < 3 {
		fmt.Println("i", i)
		i++
		goto next
	}
	{
		goto skip
	}
skip:
	fmt.Println("done")
}
