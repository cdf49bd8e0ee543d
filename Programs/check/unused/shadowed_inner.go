// errorcheck

package main

import "fmt"

func main() {
	x := 1
	if true {
		x := 2 // ERROR "declared and not used: x"
	}
	fmt.Println(x)
}
