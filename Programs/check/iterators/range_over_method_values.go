// run

package main

import (
	"fmt"
	"iter"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) All(yield func(int) bool) {
	t.walk(yield)
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func (t *Tree) Levels() iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		var rec func(*Tree, int) bool
		rec = func(n *Tree, d int) bool {
			if n == nil {
				return true
			}
			return rec(n.Left, d+1) && yield(d, n.Val) && rec(n.Right, d+1)
		}
		rec(t, 0)
	}
}

func main() {
	t := &Tree{&Tree{nil, nil, 1}, &Tree{&Tree{nil, nil, 3}, nil, 4}, 2}
	for v := range t.All {
		fmt.Print(v, " ")
		if v == 3 {
			break
		}
	}
	fmt.Println()
	for d, v := range t.Levels() {
		fmt.Printf("%d@%d ", v, d)
	}
	fmt.Println()
}
