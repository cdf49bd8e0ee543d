// run

// Using iter.Pull to turn a recursive tree walk into a pull-style generator; comparing fringes of two trees.

package main

import (
	"fmt"
	"iter"
)

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func Leaf[T any](v T) *Tree[T] { return &Tree[T]{Val: v} }
func Node[T any](l, r *Tree[T]) *Tree[T] { return &Tree[T]{Left: l, Right: r} }

func (t *Tree[T]) Leaves() iter.Seq[T] {
	return func(yield func(T) bool) {
		var walk func(*Tree[T]) bool
		walk = func(n *Tree[T]) bool {
			if n == nil {
				return true
			}
			if n.Left == nil && n.Right == nil {
				return yield(n.Val)
			}
			return walk(n.Left) && walk(n.Right)
		}
		walk(t)
	}
}

func SameFringe[T comparable](a, b *Tree[T]) bool {
	na, sa := iter.Pull(a.Leaves())
	defer sa()
	nb, sb := iter.Pull(b.Leaves())
	defer sb()
	steps := 0
	for {
		x, ok1 := na()
		y, ok2 := nb()
		steps++
		if ok1 != ok2 || x != y {
			fmt.Println("  differ after", steps, "steps")
			return false
		}
		if !ok1 {
			fmt.Println("  equal after", steps, "steps")
			return true
		}
	}
}

func main() {
	t1 := Node(Node(Leaf(1), Leaf(2)), Node(Leaf(3), Node(Leaf(4), Leaf(5))))
	t2 := Node(Leaf(1), Node(Node(Leaf(2), Leaf(3)), Node(Leaf(4), Leaf(5))))
	t3 := Node(Leaf(1), Node(Leaf(2), Leaf(9)))
	fmt.Println(SameFringe(t1, t2))
	fmt.Println(SameFringe(t1, t3))
	for v := range t1.Leaves() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	s := Node(Leaf("a"), Node(Leaf("b"), nil))
	next, stop := iter.Pull(s.Leaves())
	v1, _ := next()
	v2, _ := next()
	v3, ok := next()
	stop()
	fmt.Printf("%q %q %q %v\n", v1, v2, v3, ok)
}
