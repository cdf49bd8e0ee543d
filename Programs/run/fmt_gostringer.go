// run

// fmt's GoStringer: %#v formats an operand, or a value inside one (a field,
// an element, a map key), through its GoString method; %v and %s do not.
package main

import "fmt"

type S string

func (S) GoString() string { return "GS" }

type P struct{ x int }

func (p *P) GoString() string { return fmt.Sprintf("&P{%d}", p.x) }
func (p *P) String() string   { return "P-string" }

type N int

func main() {
	fmt.Printf("%#v %v %s\n", S("x"), S("x"), S("y"))
	fmt.Printf("%#v|%v\n", &P{3}, &P{4})
	var a any = S("z")
	fmt.Printf("%#v %#v %#v\n", a, N(5), []int{1})
	fmt.Printf("%10s|%#v\n", S("w"), struct{ A S }{"q"})
}

type Pair struct {
	K S
	V *P
	L []S
}

func init() {
	fmt.Printf("%#v\n", Pair{K: "k", V: &P{7}, L: []S{"a"}})
	fmt.Printf("%v %+v\n", Pair{K: "k", V: &P{7}}, Pair{K: "k", V: &P{1}})
	m := map[S]int{"a": 1}
	fmt.Printf("%#v\n", m)
}
