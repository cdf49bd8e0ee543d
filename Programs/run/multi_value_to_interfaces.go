// run

// Several values assigned at once to interface-typed variables: a call's
// results, a map index, a type assertion and a receive with their comma-ok
// bool, each value converted to its variable's interface type.
package main

import (
	"fmt"
	"strconv"
)

type P struct{ x, y int }

type Stringer interface{ String() string }

type N int

func (n N) String() string { return "N" + strconv.Itoa(int(n)) }

func two() (int, int)  { return 1000, 2000 }
func twoP() (P, P)     { return P{1, 2}, P{3, 4} }
func twoN() (N, error) { return 7, nil }

func main() {
	var a, b any = two()
	fmt.Println(a.(int), b.(int))
	var c, d any
	c, d = twoP()
	fmt.Println(c.(P), d.(P))
	m := map[string]int{"k": 300}
	var e, ok any = m["k"]
	fmt.Println(e, ok)
	e, ok = m["none"]
	fmt.Println(e, ok)
	ch := make(chan int, 1)
	ch <- 700
	var f, ok2 any = <-ch
	fmt.Println(f, ok2)
	var i any = 5
	var h, ok3 any = i.(int)
	fmt.Println(h, ok3)
	var s Stringer
	var err error
	s, err = twoN()
	fmt.Println(s.String(), err == nil)
}
