// run

// fmt calls String and Error on values inside its operands: struct fields,
// slice and map elements and keys, values behind pointers and interfaces.
package main

import (
	"errors"
	"fmt"
	"time"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Reading struct {
	Place string
	T     Temp
	Err   error
	Every time.Duration
}

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	r := Reading{"lab", 21.5, errors.New("sensor drift"), 90 * time.Second}
	fmt.Println(r)
	fmt.Printf("%v | %+v | %s\n", r, r, []Temp{1, 2.25})
	fmt.Println([]*Pt{{1, 2}, nil, {3, 4}}, map[Temp]string{3: "c", 1: "a"})
	fmt.Printf("%d %x %q\n", []Temp{1}, []Temp{2}, []Temp{3})
	s := fmt.Sprint(struct{ A []error }{[]error{errors.New("x"), nil}})
	fmt.Println(s, len(s))
	err := fmt.Errorf("failed readings: %v", []Reading{r})
	fmt.Println(err)
}
