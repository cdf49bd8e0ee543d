// errorcheck -0 -m -l

// closure results tracked while every call is static, lost once the closure escapes; recursive trees.

package p

var sink interface{}
var gf func() *int

func lost() int {
	x := 1 // ERROR "moved to heap: x$"
	get := func() *int { return &x } // ERROR "func literal escapes to heap$"
	gf = get
	return *get()
}

func kept() int {
	y := 1
	get := func() *int { return &y } // ERROR "func literal does not escape$"
	p := get()
	return *p
}

func passed(f func() *int) int { return *f() } // ERROR "f does not escape$"

func viaParam() int {
	z := 1
	return passed(func() *int { return &z }) // ERROR "func literal does not escape$"
}

func recurse(n int, acc *[]int) { // ERROR "leaking param content: acc$"
	if n == 0 {
		return
	}
	*acc = append(*acc, n) // ERROR "append escapes to heap$"
	recurse(n-1, acc)
}

func useRecurse() int {
	var acc []int
	recurse(3, &acc)
	return len(acc)
}

type node struct {
	kids []*node
	val  int
}

func build(depth int) *node {
	n := &node{val: depth} // ERROR "&node\{\.\.\.\} escapes to heap$"
	if depth > 0 {
		n.kids = append(n.kids, build(depth-1), build(depth-1)) // ERROR "append escapes to heap$"
	}
	return n
}

func total(n *node) int { // ERROR "n does not escape$"
	s := n.val
	for _, k := range n.kids {
		s += total(k)
	}
	return s
}

func localTree() int {
	leaf := node{val: 1}
	root := node{kids: []*node{&leaf}} // ERROR "\[\]\*node\{\.\.\.\} does not escape$"
	return total(&root)
}
