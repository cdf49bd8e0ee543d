// run

// fmt.Errorf's %w with an operand that is no error (or nil): a bad verb.
package main

import "fmt"

func main() {
	e := fmt.Errorf("x %w", 3)
	fmt.Println(e)
	var n error
	fmt.Println(fmt.Errorf("nil: %w", n))
}
