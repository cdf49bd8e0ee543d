// run

package main

import (
	"errors"
	"fmt"
)

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("E", e.code) }

type PE struct{ code int }

func (e *PE) Error() string { return "PE" }

func mayFail(n int) error {
	var p *PE
	if n > 0 {
		return p
	}
	return nil
}

func main() {
	var a, b error = E{1}, E{1}
	fmt.Println(a == b, a == E{2}, errors.Is(a, E{1}))
	fmt.Println(mayFail(0) == nil, mayFail(1) == nil)
	var x, y any = 1, 1.0
	fmt.Println(x == y, x == any(1))
	defer func() { fmt.Println("recovered:", recover()) }()
	var s1, s2 any = []int{1}, []int{1}
	fmt.Println(s1 == s2)
}
