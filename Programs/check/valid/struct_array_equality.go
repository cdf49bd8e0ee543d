// run

package main

import "fmt"

type P struct {
	X, Y int
	Tag  string
}

type Wrap struct {
	P
	Arr [2]float64
	I   any
}

func main() {
	a := Wrap{P{1, 2, "t"}, [2]float64{0.5, 1}, 3}
	b := a
	fmt.Println(a == b)
	b.I = 3.0
	fmt.Println(a == b)
	b.I = 3
	b.Arr[1] = 2
	fmt.Println(a == b, a.P == b.P)
	grid1 := [2][2]string{{"a", "b"}, {"c", "d"}}
	grid2 := grid1
	grid2[1][1] = "D"
	fmt.Println(grid1 == grid2, grid1 != grid2)
	m := map[P]int{{1, 2, "t"}: 5}
	fmt.Println(m[a.P])
	var pa, pb *P = &a.P, &a.P
	fmt.Println(pa == pb, *pa == P{1, 2, "t"})
	ch1 := make(chan int)
	ch2 := ch1
	fmt.Println(ch1 == ch2)
}
