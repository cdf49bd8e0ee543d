// run

package main

import (
	"fmt"
	"strconv"
)

type Num int

func (n Num) String() string { return "Num(" + strconv.Itoa(int(n)) + ")" }

func apply(f func(fmt.Stringer) string, xs []fmt.Stringer) []string {
	var out []string
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	f := fmt.Stringer.String
	fmt.Println(f(Num(3)))
	fmt.Println(apply(fmt.Stringer.String, []fmt.Stringer{Num(1), Num(2)}))
	g := Num.String
	fmt.Printf("%T %s\n", g, g(9))
	var s fmt.Stringer = Num(5)
	bound := s.String
	s = Num(6)
	fmt.Println(bound(), s.String())
}
