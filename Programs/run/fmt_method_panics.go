// run

// fmt calls String and Error methods the way Go does: on nil pointer receivers
// too (a method may handle nil; one that panics prints <nil>), and a method
// that panics prints %!verb(PANIC=String method: value) instead of crashing.
package main

import (
	"errors"
	"fmt"
)

type P struct{ x int }

func (p *P) String() string { return fmt.Sprint("P", p.x) }

type Bad struct{}

func (Bad) String() string { panic("oops") }

type E struct{}

func (*E) Error() string { return "E!" }

type Nilsafe struct{}

func (n *Nilsafe) String() string {
	if n == nil {
		return "nil Nilsafe"
	}
	return "Nilsafe"
}

func main() {
	var p *P
	fmt.Println(p, Bad{}, &P{3})
	fmt.Printf("%v|%s|%d\n", p, Bad{}, Bad{})
	var ns *Nilsafe
	fmt.Println(ns, []*Nilsafe{nil, {}})
	var e *E
	fmt.Println(e, error(e) == nil, errors.New("x"))
	fmt.Printf("%v %+v\n", struct{ B Bad }{}, []fmt.Stringer{Bad{}, p})
	s := fmt.Sprint(Bad{})
	fmt.Println(len(s), s)
}
