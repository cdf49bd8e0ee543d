// run

package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	p := (*[2]int)(s)
	p[0] = 100
	fmt.Println(a, s, *p)
	a[1] = 50
	fmt.Println(a[1], s[1])
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	_ = [5]int(s)
}
