// run

package main

import "fmt"

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func Swap[A, B any](p Pair[A, B]) Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

func Zip[A, B any](as []A, bs []B) *List[Pair[A, B]] {
	l := &List[Pair[A, B]]{}
	for i := range min(len(as), len(bs)) {
		l.Push(MakePair(as[i], bs[i]))
	}
	return l
}

func Firsts[A, B any](l *List[Pair[A, B]]) []A {
	var r []A
	l.Each(func(p Pair[A, B]) { r = append(r, p.First) })
	return r
}

func main() {
	p := Swap(MakePair(1, "one"))
	fmt.Printf("%v %T\n", p, p)
	z := Zip([]string{"a", "b", "c"}, []float64{1.5, 2.5})
	fmt.Println(z.size, Firsts(z))
	z.Each(func(p Pair[string, float64]) { fmt.Println(p.First, p.Second) })
}
