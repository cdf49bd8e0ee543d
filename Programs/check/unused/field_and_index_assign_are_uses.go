// compile

package main

type P struct{ x int }

func main() {
	var p P
	p.x = 1
	var a [3]int
	a[0] = 1
	var s []int
	s = append(s, 1)
	var m map[int]int
	m[1] = 2
}
