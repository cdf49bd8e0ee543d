// run

// Types declared in generic functions: a recursive local type per instance, a local array type in type assertions, %T naming them as gc does (main.node[int]).

package main

import "fmt"

type Stack[T any] struct{ items []T }

func Build[T any](xs ...T) any {
	type node struct {
		v    T
		next *node
	}
	var head *node
	for _, x := range xs {
		head = &node{x, head}
	}
	var out []T
	walk := func() {
		for n := head; n != nil; n = n.next {
			out = append(out, n.v)
		}
	}
	walk()
	fmt.Printf("%v %T\n", out, head.v)
	type pair [2]T
	p := pair{xs[0], xs[len(xs)-1]}
	var a any = p
	_, ok := a.(pair)
	fmt.Println(p, ok)
	return head
}

func main() {
	a := Build(1, 2, 3)
	b := Build("x", "y")
	_, same := a.(interface{ Foo() })
	fmt.Println(same)
	fmt.Printf("%T %T\n", a, b)
}
