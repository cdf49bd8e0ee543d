// errorcheck -0 -m -l

// calls through func-typed fields, goto loops, switch with init, type switches without a variable, queues, shadowing.

package p

import "fmt"

type Handler struct {
	fn   func(*int) int
	name string
}

func callField(h Handler, x *int) int { // ERROR "h does not escape$" "leaking param: x$"
	return h.fn(x)
}

func callFieldPtr(h *Handler) int { // ERROR "h does not escape$"
	y := 2 // ERROR "moved to heap: y$"
	return h.fn(&y)
}

func gotoLoop(xs []int) (sum int) { // ERROR "xs does not escape$"
	i := 0
top:
	if i < len(xs) {
		sum += xs[i]
		i++
		goto top
	}
	return
}

func switchInit(x interface{}) string { // ERROR "leaking param: x$"
	switch y := fmt.Sprint(x); { // ERROR "\.\.\. argument does not escape$"
	case len(y) > 3:
		return y[:3]
	default:
		return y
	}
}

func typeSwitchNoBind(x interface{}) int { // ERROR "x does not escape$"
	switch x.(type) {
	case int, int64:
		return 1
	case *int:
		return 2
	}
	return 0
}

type Queue struct {
	items []*Handler
}

func (q *Queue) Push(h *Handler) { q.items = append(q.items, h) } // ERROR "leaking param content: q$" "leaking param: h$" "append escapes to heap$"

func (q *Queue) Pop() *Handler { // ERROR "leaking param: q to result ~r0 level=2$"
	h := q.items[0]
	q.items = q.items[1:] // ERROR "\(\*Queue\)\.Pop ignoring self-assignment in q\.items = q\.items\[1:\]$"
	return h
}

func queueUse() int {
	var q Queue
	q.Push(&Handler{name: "a"}) // ERROR "&Handler\{\.\.\.\} escapes to heap$"
	return len(q.Pop().name)
}

func arrayPtrs() int {
	var arr [4]*int
	for i := range arr {
		v := i // ERROR "moved to heap: v$"
		arr[i] = &v
	}
	return *arr[0]
}

func sliceOfStructPtr(n int) []*Handler {
	hs := make([]*Handler, n) // ERROR "make\(\[\]\*Handler, n\) escapes to heap$"
	for i := range hs {
		hs[i] = &Handler{} // ERROR "&Handler\{\} escapes to heap$"
	}
	return hs
}

func varDecls() *int {
	var a, b = 1, 2 // ERROR "moved to heap: a$"
	var c *int = &a
	_ = b
	return c
}

func shadow(p *int) int { // ERROR "p does not escape$"
	if p := new(int); p != nil { // ERROR "new\(int\) does not escape$"
		return *p
	}
	return *p
}

func chanOfFuncs(c chan func() int) int { // ERROR "c does not escape$"
	f := <-c
	return f()
}

func funcReturnsFunc() func() func() int {
	return func() func() int { // ERROR "func literal escapes to heap$"
		x := 1
		return func() int { return x } // ERROR "func literal escapes to heap$"
	}
}
