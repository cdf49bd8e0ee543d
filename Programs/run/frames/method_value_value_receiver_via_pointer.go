// run

// p.M of a value method through a pointer binds a copy of *p: the frame
// closure has room for it.
package main

import (
	"fmt"
	"runtime"
)

type leaf struct{ name string }

var freed []string

func mk(s string) *leaf {
	l := &leaf{s}
	runtime.SetFinalizer(l, func(l *leaf) { freed = append(freed, l.name) })
	return l
}

type node struct{ l *leaf }

type T struct {
	n    *node
	a, b int
}

func (t T) M() string { return t.n.l.name }

func f() string {
	target := node{mk("x")}
	pt := &T{n: &target}
	m := pt.M // a value method through a pointer: gosub planned 2 slots, needs 4 -> heap closure
	for i := 0; i < 3; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	fmt.Println("finalized while reachable:", freed)
	return m()
}

func main() {
	fmt.Println(f())
}
