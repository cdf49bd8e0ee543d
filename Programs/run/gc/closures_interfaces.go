// run

// Objects reachable only through closures' captured variables, method values
// and interface values (boxed structs, pointers, slices, nested interfaces)
// survive collections.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type Shape interface {
	Area() int
	Name() string
}

type Rect struct {
	w, h  int
	label *string
}

func (r Rect) Area() int    { return r.w * r.h }
func (r Rect) Name() string { return "rect:" + *r.label }

type Poly struct {
	pts  [][2]int
	name string
}

func (p *Poly) Area() int {
	a := 0
	for i := range p.pts {
		j := (i + 1) % len(p.pts)
		a += p.pts[i][0]*p.pts[j][1] - p.pts[j][0]*p.pts[i][1]
	}
	if a < 0 {
		a = -a
	}
	return a / 2
}
func (p *Poly) Name() string { return "poly:" + p.name }

type Counter struct {
	hits []int
	tag  string
}

func (c *Counter) Hit(i int) int {
	c.hits = append(c.hits, i)
	return len(c.hits)
}

var sink []byte

func churn(mb int) {
	for i := 0; i < mb; i++ {
		sink = make([]byte, 1<<20)
	}
	sink = nil
}

func makeAdder(base *[]int) func(int) int {
	total := 0
	return func(x int) int {
		*base = append(*base, x)
		total += x
		return total + len(*base)
	}
}

func makeGen(prefix string) func() string {
	n := 0
	parts := []string{}
	return func() string {
		n++
		parts = append(parts, prefix+strconv.Itoa(n))
		return strings.Join(parts, "|")
	}
}

func main() {
	// closures capturing heap cells, stored in a slice
	var fns []func(int) int
	for i := 0; i < 50; i++ {
		s := make([]int, 0, 1)
		fns = append(fns, makeAdder(&s))
	}
	gens := map[string]func() string{}
	for _, p := range []string{"a", "b", "c", "d"} {
		gens[p] = makeGen(p)
	}
	for round := 0; round < 6; round++ {
		for i, f := range fns {
			f(i + round)
		}
		for _, g := range gens {
			g()
		}
		churn(5)
		runtime.GC()
	}
	sum := 0
	for i, f := range fns {
		sum += f(i)
	}
	fmt.Println("adders:", sum)
	fmt.Println("gen a:", gens["a"]())
	fmt.Println("gen d:", gens["d"]())

	// interface values holding value structs (boxed) and pointers
	var shapes []Shape
	for i := 1; i <= 40; i++ {
		lbl := "L" + strconv.Itoa(i)
		if i%2 == 0 {
			shapes = append(shapes, Rect{w: i, h: i + 1, label: &lbl})
		} else {
			shapes = append(shapes, &Poly{pts: [][2]int{{0, 0}, {i, 0}, {i, i}, {0, i}}, name: lbl})
		}
	}
	churn(6)
	runtime.GC()
	area := 0
	var names []string
	for i, s := range shapes {
		area += s.Area()
		if i%10 == 0 {
			names = append(names, s.Name())
		}
	}
	fmt.Println("shapes:", area, names)

	// []any holding slices, maps, pointers, strings, nested interfaces
	var anys []any
	for i := 0; i < 30; i++ {
		switch i % 5 {
		case 0:
			anys = append(anys, []string{strconv.Itoa(i), strings.Repeat("s", i)})
		case 1:
			anys = append(anys, map[int]string{i: "m" + strconv.Itoa(i)})
		case 2:
			v := i * 11
			anys = append(anys, &v)
		case 3:
			anys = append(anys, "str"+strconv.Itoa(i))
		case 4:
			var inner Shape = Rect{w: i, h: 2, label: new(string)}
			anys = append(anys, inner)
		}
	}
	churn(6)
	runtime.GC()
	var out []string
	for i, a := range anys {
		switch v := a.(type) {
		case []string:
			out = append(out, v[0]+":"+strconv.Itoa(len(v[1])))
		case map[int]string:
			out = append(out, v[i])
		case *int:
			out = append(out, strconv.Itoa(*v))
		case string:
			out = append(out, v)
		case Shape:
			out = append(out, strconv.Itoa(v.Area())+v.Name())
		}
	}
	fmt.Println("anys:", strings.Join(out, " "))

	// method values bind their receiver
	c := &Counter{tag: "ctr"}
	hit := c.Hit
	c = nil
	for i := 0; i < 100; i++ {
		hit(i)
		if i%25 == 0 {
			churn(2)
			runtime.GC()
		}
	}
	fmt.Println("method value:", hit(100))

	// a closure capturing a big array by reference and a pointer chain
	type node struct {
		v    int
		next *node
	}
	var head *node
	for i := 0; i < 500; i++ {
		head = &node{v: i, next: head}
	}
	big := [64]*node{}
	for i := range big {
		big[i] = &node{v: i * i}
	}
	walk := func() (int, int) {
		n, s := 0, 0
		for p := head; p != nil; p = p.next {
			n++
			s += p.v
		}
		for _, b := range big {
			s += b.v
		}
		return n, s
	}
	head = nil // the closure captured head by reference: now it is nil
	n0, s0 := walk()
	var head2 *node
	for i := 0; i < 300; i++ {
		head2 = &node{v: i, next: head2}
	}
	walk2 := func() int {
		s := 0
		for p := head2; p != nil; p = p.next {
			s += p.v
		}
		return s
	}
	churn(6)
	runtime.GC()
	runtime.GC()
	n1, s1 := walk()
	fmt.Println("captured:", n0, s0, n1, s1, walk2())
}
