// run

package main

import "fmt"

func val(s string, v int) int {
	fmt.Println("eval", s)
	return v
}

func main() {
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	x, y := val("x", 1), val("y", 2)
	x, y = y, x
	fmt.Println(x, y)
	m := map[string]int{}
	m["a"], m["b"] = val("a", 1), val("b", 2)
	fmt.Println(m["a"], m["b"])
	var p *struct{ n int }
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		p.n = 1
	}()
	s := []int{1, 2, 3}
	s[0], s[1], s[2] = s[2], s[0], s[1]
	fmt.Println(s)
}
