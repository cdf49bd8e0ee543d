// run

// fmt's print functions taken as values (assigned, passed, in a slice): their
// operands' String, Error and Format methods still run, as in a direct call;
// none runs for a value inside an unexported field.
package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t T) String() string { return fmt.Sprint("T#", t.n) }

func apply(f func(...any) (int, error), args ...any) { f(args...) }

type F struct{}

func (F) Format(st fmt.State, v rune) { fmt.Fprintf(st, "F[%c]", v) }

type hidden struct {
	Pub  T
	priv T
}

func main() {
	p := fmt.Println
	p("hello", 1, T{2}, errors.New("boom"))
	pf := fmt.Printf
	pf("%v %d %s|\n", T{3}, 4, T{5})
	s := fmt.Sprint
	fmt.Println(s(T{6}, "x", 7))
	sf := fmt.Sprintf
	fmt.Println(sf("%q %v", "a", []T{{8}, {9}}))
	sl := fmt.Sprintln
	fmt.Print(sl("end", T{10}))
	apply(fmt.Println, "via", "apply", T{11})
	pr := fmt.Print
	pr("no newline ", T{12}, "\n")
	p(F{}, hidden{T{14}, T{15}})
	fmt.Println(F{}, hidden{T{16}, T{17}})
	fs := []func(...any) (int, error){fmt.Print, fmt.Println}
	for _, f := range fs {
		f("loop", T{13})
	}
}
