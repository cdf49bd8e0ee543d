// run

package main

import "fmt"

type Number interface {
	~int | ~float64
}

type Meters float64
type Count int
type Counts []Count

func Sum[S ~[]E, E Number](s S) E {
	var t E
	for _, v := range s {
		t += v
	}
	return t
}

func Scale[S ~[]E, E Number](s S, k E) S {
	r := make(S, len(s))
	for i, v := range s {
		r[i] = v * k
	}
	return r
}

func main() {
	fmt.Println(Sum([]Meters{1.5, 2.5}))
	c := Counts{1, 2, 3}
	s := Scale(c, 10)
	fmt.Printf("%T %v %v\n", s, s, Sum(s))
}
