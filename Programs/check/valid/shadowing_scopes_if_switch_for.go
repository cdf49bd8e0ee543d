// run

package main

import (
	"fmt"
	"strconv"
)

var x = "package"

func main() {
	fmt.Println(x)
	x := "main"
	if x := 1; x > 0 {
		x := x + 1
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	switch x := len(x); x {
	case 4:
		x := "case"
		fmt.Println(x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for", x)
	}
	n, err := strconv.Atoi("12")
	if err == nil {
		n, err := strconv.Atoi("x")
		fmt.Println("inner", n, err != nil)
	}
	fmt.Println(n, err, x)
	var v any = 3
	switch v := v.(type) {
	case int:
		fmt.Println("int", v+1)
	}
	func() {
		x := []string{x}
		fmt.Println(len(x), x[0])
	}()
}
