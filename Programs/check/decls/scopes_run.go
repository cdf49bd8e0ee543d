// run

package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "function"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := range 2 {
		fmt.Println("for", x)
	}
	switch x := 1.5; {
	case x > 1:
		fmt.Println("switch", x)
	}
	fmt.Println(x)
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
}
