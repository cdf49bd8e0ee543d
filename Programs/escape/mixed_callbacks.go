// errorcheck -0 -m -l

// callbacks, adders, a recursive tree with methods on nil receivers, defer in loops over named results.

package p

import (
	"errors"
	"fmt"
	"strings"
)

var sink interface{}

type Visitor func(n int) bool

func walk(xs []int, v Visitor) { // ERROR "xs does not escape$" "v does not escape$"
	for _, x := range xs {
		if !v(x) {
			return
		}
	}
}

func count(xs []int) int { // ERROR "xs does not escape$"
	n := 0
	walk(xs, func(x int) bool { // ERROR "func literal does not escape$"
		n += x
		return n < 100
	})
	return n
}

func makeAdder(base int) func(int) int {
	return func(x int) int { return base + x } // ERROR "func literal escapes to heap$"
}

func useAdder() int {
	add := makeAdder(3)
	return add(4)
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) } // ERROR "\.\.\. argument does not escape$" "p\.X escapes to heap$" "p\.Y escapes to heap$"

func points() []string {
	ps := []Point{{1, 2}, {3, 4}} // ERROR "\[\]Point\{\.\.\.\} does not escape$"
	var out []string
	for _, p := range ps {
		out = append(out, p.String()) // ERROR "append escapes to heap$"
	}
	return out
}

var ErrNotFound = errors.New("not found")

func find(m map[string]*Point, k string) (*Point, error) { // ERROR "m does not escape$" "leaking param: k$"
	if p, ok := m[k]; ok {
		return p, nil
	}
	return nil, fmt.Errorf("find %q: %w", k, ErrNotFound) // ERROR "\.\.\. argument does not escape$" "k escapes to heap$"
}

func deferLoop(n int) (s string) { // ERROR "moved to heap: s$"
	for i := 0; i < n; i++ {
		defer func() { s += "x" }() // ERROR "func literal escapes to heap$"
	}
	return
}

func grid() [3][3]int {
	var g [3][3]int
	for i := range g {
		for j := range g[i] {
			g[i][j] = i * j
		}
	}
	return g
}

func builder(words []string) string { // ERROR "leaking param content: words$"
	b := &strings.Builder{} // ERROR "&strings\.Builder\{\} escapes to heap$"
	for _, w := range words {
		fmt.Fprintf(b, "%s;", w) // ERROR "\.\.\. argument does not escape$" "w escapes to heap$"
	}
	return b.String()
}

func selectDefault(c chan *Point) *Point { // ERROR "c does not escape$"
	select {
	case p := <-c:
		return p
	default:
		return &Point{} // ERROR "&Point\{\} escapes to heap$"
	}
}

func swapPtr(a, b **int) { // ERROR "leaking param content: a$" "leaking param content: b$"
	*a, *b = *b, *a
}

func closureState() (func(), func() int) {
	var count int // ERROR "moved to heap: count$"
	inc := func() { count++ } // ERROR "func literal escapes to heap$"
	get := func() int { return count } // ERROR "func literal escapes to heap$"
	return inc, get
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree { // ERROR "leaking param: t$"
	if t == nil {
		return &Tree{Val: v} // ERROR "&Tree\{\.\.\.\} escapes to heap$"
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(f func(int)) { // ERROR "t does not escape$" "f does not escape$"
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func treeSum(vals []int) int { // ERROR "vals does not escape$"
	var root *Tree
	for _, v := range vals {
		root = root.Insert(v)
	}
	s := 0
	root.Walk(func(v int) { s += v }) // ERROR "func literal does not escape$"
	return s
}
