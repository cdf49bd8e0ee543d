// run

package main

import "fmt"

func main() {
	a, b := 10, 0
	fmt.Println("start")
	fmt.Println(a / b)
}
