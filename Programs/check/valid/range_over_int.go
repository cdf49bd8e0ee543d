// run

package main

import "fmt"

type Count int

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)
	var c Count = 2
	for i := range c {
		fmt.Printf("%T %v\n", i, i)
	}
	for i := range int8(2) {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	for i := range -1 {
		fmt.Println("never", i)
	}
	const k = 2
	var u uint = 0
	for u = range k {
	}
	fmt.Println(u)
}
