// run

package main

import "fmt"

type IntSlice []int
type Matrix [2][2]int
type Celsius float64
type Temp Celsius
type Point struct {
	X int `json:"x"`
	Y int `json:"y"`
}
type Vec struct{ X, Y int }
type Op func(int) int

func main() {
	s := []int{3, 1}
	var is IntSlice = s
	var back []int = is
	fmt.Printf("%T %T\n", is, back)
	m := Matrix{{1, 2}, {3, 4}}
	var raw [2][2]int = m
	fmt.Println(raw[1][0])
	t := Temp(Celsius(36.6))
	fmt.Printf("%T %.1f\n", t, float64(t))
	v := Vec(Point{1, 2})
	p := Point(struct {
		X int
		Y int
	}{3, 4})
	fmt.Println(v, p)
	var op Op = func(x int) int { return x + 1 }
	f := (func(int) int)(op)
	fmt.Println(f(1), Op(f)(2))
	pp := &Point{5, 6}
	vp := (*Vec)(pp)
	vp.X = 50
	fmt.Println(*pp)
	sl := []int{7, 8, 9}
	a3 := [3]int(sl)
	ap := (*[2]int)(sl)
	ap[0] = 70
	fmt.Println(a3, sl)
}
