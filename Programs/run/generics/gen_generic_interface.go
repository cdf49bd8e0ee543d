// run

// Generic interfaces (Container[T]) implemented by several generic types; interface values holding instantiated types.

package main

import (
	"fmt"
	"slices"
)

type Container[T any] interface {
	Put(T)
	Take() (T, bool)
	Len() int
}

type FIFO[T any] struct{ xs []T }

func (f *FIFO[T]) Put(v T) { f.xs = append(f.xs, v) }
func (f *FIFO[T]) Take() (T, bool) {
	var z T
	if len(f.xs) == 0 {
		return z, false
	}
	v := f.xs[0]
	f.xs = f.xs[1:]
	return v, true
}
func (f *FIFO[T]) Len() int { return len(f.xs) }

type LIFO[T any] struct{ xs []T }

func (l *LIFO[T]) Put(v T) { l.xs = append(l.xs, v) }
func (l *LIFO[T]) Take() (T, bool) {
	var z T
	if len(l.xs) == 0 {
		return z, false
	}
	v := l.xs[len(l.xs)-1]
	l.xs = l.xs[:len(l.xs)-1]
	return v, true
}
func (l *LIFO[T]) Len() int { return len(l.xs) }

func Drain[T any](c Container[T]) []T {
	var out []T
	for c.Len() > 0 {
		v, _ := c.Take()
		out = append(out, v)
	}
	return out
}

func Fill[T any, C Container[T]](c C, xs ...T) C {
	for _, x := range xs {
		c.Put(x)
	}
	return c
}

func main() {
	cs := []Container[int]{&FIFO[int]{}, &LIFO[int]{}}
	for _, c := range cs {
		for i := range 5 {
			c.Put(i)
		}
		fmt.Printf("%T %v\n", c, Drain(c))
	}
	f := Fill(&FIFO[string]{}, "a", "b", "c")
	fmt.Println(f.Len(), Drain[string](f))
	l := Fill[rune](&LIFO[rune]{}, []rune("xyz")...)
	fmt.Println(string(Drain[rune](l)))
	var c Container[[]int] = &LIFO[[]int]{}
	c.Put([]int{1})
	c.Put(nil)
	v, ok := c.Take()
	fmt.Println(v == nil, ok)
	_, isF := c.(*FIFO[[]int])
	_, isL := c.(*LIFO[[]int])
	fmt.Println(isF, isL)
	var any1 any = &FIFO[int]{}
	if ci, ok := any1.(Container[int]); ok {
		ci.Put(7)
		fmt.Println("via any:", ci.Len())
	}
	_, ok = any1.(Container[string])
	fmt.Println("string container?", ok)
	ys := Drain[int](Fill(&LIFO[int]{}, 3, 1, 2))
	slices.Reverse(ys)
	fmt.Println(ys)
}
