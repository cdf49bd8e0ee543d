// run

package main

import "fmt"

type T struct{ a, b int }
type N struct {
	next *N
	v    int
}
type W struct {
	t   T
	arr [2]int
	s   string
}

func main() {
	p := T{1, 2}
	p = T{a: p.b, b: p.a}
	fmt.Println(p)
	arr := [2]int{1, 2}
	arr = [2]int{arr[1], arr[0]}
	fmt.Println(arr)
	s := []int{1, 2}
	s = []int{s[1], s[0], len(s)}
	fmt.Println(s)
	var h *N
	for i := 0; i < 3; i++ {
		h = &N{next: h, v: i}
	}
	for q := h; q != nil; q = q.next {
		fmt.Print(q.v, " ")
	}
	fmt.Println()
	m := map[string]int{"b": 5}
	m = map[string]int{"a": m["b"]}
	fmt.Println(m)
	w := W{T{1, 2}, [2]int{3, 4}, "x"}
	w = W{t: T{w.t.b, w.arr[0]}, arr: [2]int{w.t.a, w.arr[1]}, s: w.s + "y"}
	fmt.Println(w)
	var e error = fmt.Errorf("a")
	e = fmt.Errorf("b: %w", e)
	fmt.Println(e)
	x := any(1)
	x = []any{x, x}
	fmt.Println(x)
	pp := &T{1, 2}
	pp = &T{pp.b, pp.a}
	fmt.Println(*pp)
	f := func() int { return 1 }
	f = func() int { return f() + 1 }
	_ = f
	st := struct{ a, b string }{"x", "y"}
	st = struct{ a, b string }{st.b, st.a}
	fmt.Println(st)
}
