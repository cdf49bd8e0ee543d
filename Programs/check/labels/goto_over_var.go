// errorcheck

package main

import "fmt"

func main() {
	goto L // ERROR "goto L jumps over declaration of x at \./goto_over_var\.go:9:4"
	x := 1
L:
	fmt.Println(x)
}
