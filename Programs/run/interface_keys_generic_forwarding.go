// run

// Values of interfaces with methods as map keys and in == (their itabs are
// not their types), a generic function's several results forwarded to a
// call, and the runtime error when an iterator swallows a loop body's panic.
package main

import (
	"errors"
	"fmt"
	"io"
)

type K struct{ a, b int }

func (K) M() {}

type I interface{ M() }

func two[T any](a, b T) (T, T) { return a, b }

func pair[K comparable, V any](k K, v V) (K, V, bool) { return k, v, true }

func main() {
	m := map[error]int{}
	m[io.EOF]++
	m[io.EOF]++
	e := errors.New("x")
	m[e] = 5
	fmt.Println(len(m), m[io.EOF], m[e])
	mi := map[I]string{}
	mi[K{1, 2}] = "a"
	mi[K{1, 2}] += "b"
	mi[K{2, 1}] = "c"
	fmt.Println(len(mi), mi[K{1, 2}], mi[K{2, 1}])
	type holder struct{ i I }
	fmt.Println(holder{K{1, 1}} == holder{K{1, 1}}, holder{K{1, 1}} == holder{K{1, 2}})

	fmt.Println(two(4, -2))
	fmt.Println(two("a", "b"))
	fmt.Println(pair("k", 3.5))

	defer func() { fmt.Println("caller:", recover()) }()
	seq := func(yield func(int) bool) {
		defer func() { recover() }()
		yield(1)
	}
	for range seq {
		panic("boom")
	}
	fmt.Println("not reached")
}
