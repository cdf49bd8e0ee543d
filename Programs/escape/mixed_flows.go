// errorcheck -0 -m -l

// interfaces in results, multi-type switch cases, addressable embedded fields, appends of structs, goroutines in range loops, conditional allocations.

package p

import "fmt"

var sink interface{}

type Pt struct{ X, Y *int }

func multiRet(p *int) (interface{}, error) { // ERROR "leaking param: p to result ~r0 level=0$"
	return p, nil
}

func multiRetVal(x int) (interface{}, interface{}) {
	return x, "s" // ERROR "x escapes to heap$" "\"s\" escapes to heap$"
}

func typeSwitchMulti(v interface{}) { // ERROR "leaking param: v$"
	switch x := v.(type) {
	case int, string:
		sink = x
	case *Pt:
		fmt.Println(x.X) // ERROR "\.\.\. argument does not escape$"
	}
}

type Inner struct{ n int }

func (i *Inner) Inc() { i.n++ } // ERROR "i does not escape$"

type Outer struct {
	Inner
	name string
}

func addressableField() int {
	var o Outer
	o.Inc()
	o.Inner.Inc()
	return o.n
}

func appendStruct(ps []Pt, x *int) []Pt { // ERROR "leaking param content: ps$" "leaking param: ps to result ~r0 level=0$" "leaking param: x$"
	return append(ps, Pt{X: x}) // ERROR "append escapes to heap$"
}

func nested(s [][]*int, p *int) { // ERROR "s does not escape$" "leaking param: p$"
	s[0][1] = p
}

func goRange(xs []int, c chan int) { // ERROR "xs does not escape$" "leaking param: c$"
	for _, x := range xs {
		go func() { c <- x }() // ERROR "func literal escapes to heap$"
	}
}

func newPass() int {
	p := new(int) // ERROR "new\(int\) does not escape$"
	q := use(p)
	return *q
}

func use(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$"

func varThenAssign() *int {
	var x *int
	y := 5 // ERROR "moved to heap: y$"
	x = &y
	return x
}

func condAlloc(b bool) *Pt {
	var p *Pt
	if b {
		p = &Pt{} // ERROR "&Pt\{\} escapes to heap$"
	} else {
		p = new(Pt) // ERROR "new\(Pt\) escapes to heap$"
	}
	return p
}

func localOnly(b bool) int {
	var p *Pt
	if b {
		p = &Pt{} // ERROR "&Pt\{\} does not escape$"
	} else {
		p = new(Pt) // ERROR "new\(Pt\) does not escape$"
	}
	if p.X == nil {
		return 0
	}
	return 1
}

func errWrap(err error) error { // ERROR "leaking param: err$"
	if err == nil {
		return nil
	}
	return fmt.Errorf("wrap: %w", err) // ERROR "\.\.\. argument does not escape$"
}

func stringsIn(m map[string]int, keys ...string) int { // ERROR "m does not escape$" "keys does not escape$"
	n := 0
	for _, k := range keys {
		n += m[k]
	}
	return n
}

func callStrings(m map[string]int) int { // ERROR "m does not escape$"
	return stringsIn(m, "a", "b") + stringsIn(m) // ERROR "\.\.\. argument does not escape$"
}
