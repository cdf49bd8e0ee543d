// errorcheck -0 -m -l

// goroutines over func values, defer with arguments, arrays in structs, string conversions in comparisons and map indexes.

package p

import "fmt"

var sink interface{}

func g1(fs []func()) { // ERROR "leaking param content: fs$"
	for _, f := range fs {
		go f()
	}
}

func g2(v int) {
	defer func(x int) { fmt.Println(x) }(v) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$" "func literal does not escape$"
}

type A struct {
	arr [4]int
}

func g3(a *A) []int { // ERROR "leaking param: a to result ~r0 level=0$"
	return a.arr[:]
}

func g4(p *[3]*int) *int { // ERROR "leaking param: p to result ~r0 level=1$"
	for _, x := range p {
		return x
	}
	return nil
}

func g5(xs []string) string { // ERROR "leaking param: xs to result ~r0 level=1$"
	s := ""
	for _, x := range xs {
		s += x
	}
	return s
}

func g6(s []int, i int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return append(s[:i], s[i+1:]...) // ERROR "append escapes to heap$"
}

func g7(b []byte, m map[string]int) int { // ERROR "b does not escape$" "m does not escape$"
	if string(b) == "a" { // ERROR "string\(b\) does not escape$"
		return 1
	}
	return m[string(b)] + len("x"+string(b)) // ERROR "string\(b\) does not escape$" "\"x\" \+ string\(b\) does not escape$" "string\(b\) does not escape$"
}

func g8() func() *int {
	x := 0 // ERROR "moved to heap: x$"
	f := func() *int { return &x } // ERROR "func literal escapes to heap$"
	return f
}

func g9(n int) []func() int {
	var fs []func() int
	for i := 0; i < n; i++ {
		fs = append(fs, func() int { return i * 2 }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
	}
	return fs
}

func g10() {
	var err error
	defer func() { // ERROR "func literal does not escape$"
		if err != nil {
			fmt.Println(err) // ERROR "\.\.\. argument does not escape$"
		}
	}()
	err = fmt.Errorf("x")
}

type W struct {
	*A
	name string
}

func g11(w W) []int { // ERROR "leaking param: w to result ~r0 level=0$"
	return w.arr[1:2]
}

func g12(i interface{ Get() int }) { // ERROR "leaking param: i$"
	go i.Get()
}

func g13(ch chan []byte, s string) { // ERROR "ch does not escape$" "s does not escape$"
	ch <- []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func g14() [2]*int {
	a, b := 1, 2 // ERROR "moved to heap: a$" "moved to heap: b$"
	return [2]*int{&a, &b}
}
