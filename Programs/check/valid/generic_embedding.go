// run

package main

import "fmt"

type Base[T any] struct {
	Val T
}

func (b Base[T]) Get() T     { return b.Val }
func (b *Base[T]) Set(v T)   { b.Val = v }

type Named struct {
	Base[string]
	Count int
}

type Getter[T any] interface{ Get() T }

func Print[T any](g Getter[T]) { fmt.Println("got", g.Get()) }

func main() {
	var n Named
	n.Set("hello")
	n.Count++
	fmt.Println(n.Get(), n.Val, n.Count)
	Print[string](n)
	Print[int](Base[int]{5})
	fmt.Printf("%+v\n", n)
}
