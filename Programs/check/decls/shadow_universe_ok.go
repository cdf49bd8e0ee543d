// run

package main

import "fmt"

func main() {
	true := false
	nil := 0
	len := func(s string) int { return 42 }
	fmt.Println(true, nil, len("x"))
	type int = string
	var s int = "now int is string"
	fmt.Println(s)
	{
		iota := "shadowed"
		fmt.Println(iota)
	}
}
