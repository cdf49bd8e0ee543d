// run

package main

import "fmt"

// gc accepts a local variable whose only "use" is x++ or x += 1:
// an IncDec / op-assignment statement reads its operand.
func main() {
	n := 0
	n++
	m := 1
	m += 2
	fmt.Println("compiles")
}
