// run

package main

import "fmt"

func main() {
	var x any
	v, ok := x.(int)
	fmt.Println(v, ok)
	defer func() { fmt.Println(recover()) }()
	_ = x.(fmt.Stringer)
}
