// errorcheck -0 -m -l

// constraints with methods: methods called on T values, pointer and value receivers.

package main

import (
	"fmt"
	"strconv"
)

type Stringer interface {
	String() string
}

type Shape interface {
	Area() float64
}

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) } // ERROR "\"#\" \+ strconv\.Itoa\(int\(i\)\) escapes to heap$"

type Sq struct{ side float64 }

func (s *Sq) Area() float64 { return s.side * s.side } // ERROR "s does not escape$"

type Resetter[T any] interface {
	*T
	Reset()
}

type Counter struct{ n int }

func (c *Counter) Reset() { c.n = 0 } // ERROR "c does not escape$"

func Join[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

func Total[T Shape](xs []T) float64 {
	t := 0.0
	for _, x := range xs {
		t += x.Area()
	}
	return t
}

func Fresh[T any, PT Resetter[T]]() T {
	var v T // ERROR "moved to heap: v$"
	PT(&v).Reset()
	return v
}

func Name[T Stringer](x T) string {
	return x.String()
}

func main() {
	ids := []ID{1, 2} // ERROR "\[\]ID\{\.\.\.\} does not escape$"
	a := &Sq{2} // ERROR "&Sq\{\.\.\.\} escapes to heap$"
	b := &Sq{3} // ERROR "&Sq\{\.\.\.\} escapes to heap$"
	c := Fresh[Counter]()
	fmt.Println(Join(ids), Total([]*Sq{a, b}), c.n, Name(ID(5))) // ERROR "\.\.\. argument does not escape$" "Join\[go\.shape\.int\]\(&\.dict\.Join\[main\.ID\], ids\) escapes to heap$" "Total\[go\.shape\.\*uint8\]\(&\.dict\.Total\[\*main\.Sq\], \[\]\*Sq\{\.\.\.\}\) escapes to heap$" "\[\]\*Sq\{\.\.\.\} does not escape$" "c\.n escapes to heap$" "Name\[go\.shape\.int\]\(&\.dict\.Name\[main\.ID\], ID\(5\)\) escapes to heap$"
}
