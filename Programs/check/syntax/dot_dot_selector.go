// errorcheck

package main

import "fmt"

func main() {
	fmt..Println() // ERROR "syntax error: unexpected \., expected name or \("
}
