// compile

package main

import (
	"fmt"
	"io"
)

type (
	Reader interface{ io.Reader }
	Pair[K comparable, V any] struct {
		K K
		V V
	}
	Tree[T any] struct {
		Left, Right *Tree[T]
		Val         T
	}
	Fn func(Fn) Fn
)

var (
	_ Reader       = (*myReader)(nil)
	_ fmt.Stringer = Pair[int, string]{}
)

type myReader struct{}

func (*myReader) Read([]byte) (int, error) { return 0, io.EOF }

func (p Pair[K, V]) String() string { return fmt.Sprint(p.K, p.V) }

func (t *Tree[T]) Walk(yield func(T) bool) bool {
	return t == nil || t.Left.Walk(yield) && yield(t.Val) && t.Right.Walk(yield)
}

func main() {}
