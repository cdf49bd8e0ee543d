// run

// Methods promoted from an interface embedded in a struct: the call goes
// through the embedded interface value, found along the embedding path
// (also through an embedded pointer); a nil embedded interface panics.

package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ S float64 }

func (q Square) Area() float64 { return q.S * q.S }
func (q Square) Name() string  { return "square" }

type Labeled struct {
	Shape
	Label string
}

// Name overrides the promoted method; Area stays promoted.
type Renamed struct{ Labeled }

func (r Renamed) Name() string { return "renamed " + r.Labeled.Name() }

type Deep struct{ *Labeled }

type Logger struct {
	fmt.Stringer
	prefix string
}

type word string

func (w word) String() string { return strings.ToUpper(string(w)) }

func main() {
	l := Labeled{Square{3}, "a"}
	fmt.Println(l.Area(), l.Name(), l.Label)
	p := &l
	fmt.Println(p.Area(), p.Name())
	r := Renamed{l}
	fmt.Println(r.Area(), r.Name())
	d := Deep{&Labeled{Square{2}, "d"}}
	fmt.Println(d.Area(), d.Name())
	var s Shape = l // Labeled satisfies Shape through its embedded interface
	fmt.Println(s.Area(), s.Name())
	lg := Logger{word("hi"), "> "}
	fmt.Println(lg.prefix + lg.String())
	fmt.Println(lg, &lg)
	var st fmt.Stringer = &lg
	fmt.Printf("%s %d\n", st, len(st.String()))
	defer func() { fmt.Println("recovered:", recover()) }()
	var empty Labeled
	fmt.Println(empty.Name())
}
