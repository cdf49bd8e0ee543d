// run

package main

import "fmt"

type int32 = string

func main() {
	var s int32 = "not a number"
	fmt.Println(s)
	len := func(x []int) int { return 42 }
	fmt.Println(len([]int{1}))
	true := false
	fmt.Println(true, !true)
	{
		nil := "nil string"
		fmt.Println(nil)
	}
	var p *int
	fmt.Println(p == nil)
	const (
		a = iota
		b
	)
	iota := 7
	fmt.Println(iota, a, b)
	append := "app"
	fmt.Println(append + "end")
	type int float64
	var f int = 1.5
	fmt.Println(f * 2)
}
