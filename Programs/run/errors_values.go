// run

package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func lookup(k string) (int, error) {
	if k == "x" {
		return 1, nil
	}
	if k == "p" {
		return 0, &ParseError{3, "bad"}
	}
	return 0, fmt.Errorf("lookup %q: code %d", k, 7)
}

func main() {
	fmt.Println(ErrNotFound, ErrNotFound.Error())
	for _, k := range []string{"x", "y", "p"} {
		v, err := lookup(k)
		if err != nil {
			fmt.Println("error:", err)
			if pe, ok := err.(*ParseError); ok {
				fmt.Println("parse error at", pe.Line)
			}
			continue
		}
		fmt.Println("value", v)
	}
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1 == e1, ErrNotFound != nil)
	fmt.Printf("%v|%s|%T\n", e1, e1, e1)
	var err error = &ParseError{1, "m"}
	fmt.Println(err)
	panic(err)
}
