// run

package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q *Sq) Area() int {
	if q == nil {
		return -1
	}
	return q.s * q.s
}

func main() {
	var shapes []Shape
	shapes = append(shapes, &Sq{3}, (*Sq)(nil))
	for _, s := range shapes {
		fmt.Println(s != nil, s.Area())
	}
	var a any
	fmt.Println(a == nil)
	a = (*Sq)(nil)
	fmt.Println(a == nil, a.(*Sq) == nil)
	var list []any = []any{nil, 0, "", false, []int(nil)}
	for _, v := range list {
		fmt.Printf("%v:%T ", v, v)
	}
	fmt.Println()
}
