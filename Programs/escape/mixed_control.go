// errorcheck -0 -m -l

// embedded interfaces, labels, select loops, comma-ok assertions.

package p

import "fmt"

var sink interface{}

type I interface{ M() int }

type E struct {
	I
	n int
}

type T struct{ a int }

func (t *T) M() int { return t.a } // ERROR "t does not escape$"

func f1(e E) int { // ERROR "leaking param: e$"
	return e.M()
}

func f2(e *E) func() int { // ERROR "leaking param content: e$"
	return e.M // ERROR "e\.I\.M escapes to heap$"
}

func f3(m map[string]int, b []byte) int { // ERROR "m does not escape$" "b does not escape$"
	return m[string(b)] // ERROR "string\(b\) does not escape$"
}

func f4(s []T) *T { // ERROR "leaking param: s to result ~r0 level=0$"
	for i := range s {
		p := &s[i]
		if p.a > 0 {
			return p
		}
	}
	return nil
}

func f5() {
	fmt.Println(1.5, 'a', true, nil, 3+4i, "s", uint8(3)) // ERROR "\.\.\. argument does not escape$" "1\.5 escapes to heap$" "'a' escapes to heap$" "true escapes to heap$" "\(3 \+ 4i\) escapes to heap$" "\"s\" escapes to heap$" "uint8\(3\) escapes to heap$"
}

func f6(n int) int {
	total := 0
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if j > i {
				continue outer
			}
			if j > 10 {
				break outer
			}
			total += j
		}
	}
	return total
}

func f7(x int) int {
	switch {
	case x > 1:
		x++
		fallthrough
	case x > 0:
		return x
	}
	return 0
}

func f8(c chan int, done chan struct{}) int { // ERROR "c does not escape$" "done does not escape$"
	n := 0
	for {
		select {
		case v := <-c:
			n += v
		case <-done:
			return n
		}
	}
}

func f9() [][]int {
	grid := make([][]int, 3) // ERROR "make\(\[\]\[\]int, 3\) escapes to heap$"
	for i := range grid {
		grid[i] = make([]int, 3) // ERROR "make\(\[\]int, 3\) escapes to heap$"
	}
	return grid
}

func f10(t T) I { // ERROR "moved to heap: t$"
	return &t
}

func f11(xs []int) func() int { // ERROR "leaking param: xs$"
	return func() int { // ERROR "func literal escapes to heap$"
		s := 0
		for _, x := range xs {
			s += x
		}
		return s
	}
}

func f12(p *T) { // ERROR "leaking param: p$"
	sink = p.M // ERROR "p\.M escapes to heap$"
}

type Stack struct {
	items []int
}

func (s *Stack) Push(x int) { s.items = append(s.items, x) } // ERROR "leaking param content: s$" "append escapes to heap$"
func (s *Stack) Pop() int { // ERROR "s does not escape$"
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1] // ERROR "\(\*Stack\)\.Pop ignoring self-assignment in s\.items = s\.items\[:len\(s\.items\) - 1\]$"
	return x
}

func f13() int {
	var s Stack
	s.Push(1)
	return s.Pop()
}

func f14(a, b *int) { // ERROR "leaking param: a$" "leaking param: b$"
	a, b = b, a
	sink = a
}

func f15() (x, y int) {
	p := &x
	*p = 1
	return
}

func f16(v interface{}) string { // ERROR "leaking param: v$"
	if s, ok := v.(fmt.Stringer); ok {
		return s.String()
	}
	return fmt.Sprint(v) // ERROR "\.\.\. argument does not escape$"
}
