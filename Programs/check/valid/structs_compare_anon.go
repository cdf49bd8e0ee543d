// run

package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B Point
	Tag  string
}

func main() {
	p := Point{1, 2}
	q := Point{X: 1, Y: 2}
	fmt.Println(p == q, p != Point{})
	l := Line{A: p, Tag: "t"}
	fmt.Printf("%v\n%+v\n", l, l)
	anon := struct {
		Name string
		Age  int
	}{"bob", 30}
	fmt.Printf("%v %T\n", anon, anon)
	pp := &l.A
	pp.X = 50
	fmt.Println(l.A.X)
	arr := [2]Point{{1, 1}, {2, 2}}
	arr2 := arr
	arr2[0].X = 9
	fmt.Println(arr == arr2, arr[0].X)
	type empty struct{}
	fmt.Println(empty{} == empty{})
	ptr := &Point{3, 4}
	fmt.Println(ptr.X, (*ptr).Y)
}
