// run

package main

import "fmt"

type MyInt int
type IntSlice []int
type Point struct{ X, Y int }
type Vec struct{ X, Y int }

func (m MyInt) Double() MyInt { return m * 2 }

func main() {
	i := 21
	m := MyInt(i)
	fmt.Println(m.Double(), int(m.Double()))
	s := IntSlice([]int{1, 2})
	var raw []int = s
	fmt.Println(len(raw), s)
	p := Point{1, 2}
	v := Vec(p)
	fmt.Printf("%T %v\n", v, v)
	anon := struct{ X, Y int }{3, 4}
	p = anon
	fmt.Println(p)
	f := func(x int) int { return x + 1 }
	type F func(int) int
	g := F(f)
	fmt.Println(g(1))
}
