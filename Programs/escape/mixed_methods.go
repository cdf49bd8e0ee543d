// errorcheck -0 -m -l

// method calls printed as gc rewrites them, closures passed to functions, std calls.

package p

import (
	"fmt"
	"strings"
)

var sink interface{}

type T struct {
	p *int
	n int
	s []int
}

func (t *T) Get() *int  { return t.p } // ERROR "leaking param: t to result ~r0 level=1$"
func (t T) GetV() *int  { return t.p } // ERROR "leaking param: t to result ~r0 level=0$"
func (t *T) Self() *T   { return t } // ERROR "leaking param: t to result ~r0 level=0$"
func (t *T) Slice() []int { return t.s[1:] } // ERROR "leaking param: t to result ~r0 level=1$"

func apply(f func(int) int, x int) int { return f(x) } // ERROR "f does not escape$"

func use1() int {
	k := 3
	return apply(func(x int) int { return x * k }, 2) // ERROR "func literal does not escape$"
}

func use2() *int {
	var t T
	return t.Get()
}

func use3() []*T {
	return []*T{&T{}, &T{n: 1}} // ERROR "\[\]\*T\{\.\.\.\} escapes to heap$" "&T\{\} escapes to heap$" "&T\{\.\.\.\} escapes to heap$"
}

func use4(m map[string][]int, k string, v int) { // ERROR "m does not escape$" "leaking param: k$"
	m[k] = append(m[k], v) // ERROR "append escapes to heap$"
}

func use5(b []byte) bool { // ERROR "b does not escape$"
	return string(b) == "x" // ERROR "string\(b\) does not escape$"
}

type B []byte

func use6(s string) B { // ERROR "s does not escape$"
	return B(s) // ERROR "B\(s\) escapes to heap$"
}

func use7() {
	var x int // ERROR "moved to heap: x$"
	x = 5
	p := &x
	sink = p
}

func use8(xs []string) string { // ERROR "xs does not escape$"
	var sb strings.Builder
	for i, x := range xs {
		if i > 0 {
			sb.WriteString(",")
		}
		sb.WriteString(x)
	}
	return sb.String()
}

func use9(n int) {
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			continue
		}
		fmt.Println(i) // ERROR "\.\.\. argument does not escape$" "i escapes to heap$"
	}
}

func use10() func() int {
	counter := 0 // ERROR "moved to heap: counter$"
	return func() int { // ERROR "func literal escapes to heap$"
		counter++
		return counter
	}
}

func use11(err error) string { // ERROR "leaking param: err$"
	if err != nil {
		return err.Error()
	}
	return ""
}

func use12(a []int) (int, int) { // ERROR "a does not escape$"
	lo, hi := a[0], a[0]
	for _, x := range a {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return lo, hi
}

func use13() error {
	return fmt.Errorf("x: %w", use11(nil)) // ERROR "\.\.\. argument does not escape$" "use11\(nil\) escapes to heap$"
}

type S struct{ name string }

func (s S) String() string { return s.name } // ERROR "leaking param: s to result ~r0 level=0$"

func use14(s S) { // ERROR "leaking param: s$"
	fmt.Println(s) // ERROR "\.\.\. argument does not escape$" "s escapes to heap$"
	fmt.Println(s.String()) // ERROR "\.\.\. argument does not escape$" "S\.String\(s\) escapes to heap$"
}

func use15(t *T) { // ERROR "leaking param: t$"
	sink = t.Self()
}

func use16(ch chan func()) { // ERROR "ch does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	ch <- func() { x++ } // ERROR "func literal escapes to heap$"
}

func use17() {
	s := make([]*int, 0) // ERROR "make\(\[\]\*int, 0\) does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	s = append(s, &x) // ERROR "append does not escape$"
	_ = s
}

func use18(p *int) (r *int) { // ERROR "leaking param: p to result r level=0$"
	defer func() { r = p }() // ERROR "func literal does not escape$"
	return nil
}
