// run

package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Meters float64
type Count int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Path []Meters

func main() {
	fmt.Println(Sum(Meters(1.5), 2.25))
	fmt.Printf("%T\n", Sum[Count](1, 2, 3))
	p := Path{1, 2, 3}
	q := Scale(p, 2)
	fmt.Printf("%T %v\n", q, q)
	fmt.Println(Sum[int]())
}
