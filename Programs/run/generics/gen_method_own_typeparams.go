// run

// Generic methods with their own type parameters (Go 1.27): Box[T].Map[U], Pair[A,B].Swap, chaining and explicit instantiation.

package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func (b Box[T]) Map[U any](f func(T) U) Box[U] { return Box[U]{f(b.v)} }

func Zip[T, U any](b Box[T], o Box[U]) Box[Pair[T, U]] { return Box[Pair[T, U]]{Pair[T, U]{b.v, o.v}} }

func (b Box[T]) Pair[U any](u U) Pair[T, U] { return Pair[T, U]{b.v, u} }

func (b *Box[T]) SetFrom[U any](u U, conv func(U) T) { b.v = conv(u) }

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func (p Pair[A, B]) MapBoth[C, D any](f func(A) C, g func(B) D) Pair[C, D] {
	return Pair[C, D]{f(p.First), g(p.Second)}
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

func main() {
	b := Box[int]{21}
	s := b.Map(func(i int) int { return i * 2 }).Map(strconv.Itoa).Map(func(s string) string { return s + "!" })
	fmt.Println(s.Get())
	l := Box[string]{"hello"}.Map[int](func(s string) int { return len(s) })
	fmt.Printf("%v %T\n", l.Get(), l)
	z := Zip(b, Box[string]{"x"})
	fmt.Println(z.Get(), z.Get().Swap())
	fmt.Printf("%T\n", z)
	fmt.Println(b.Pair(true), b.Pair[[]string](nil).Swap())
	var bb Box[float64]
	bb.SetFrom("2.5", func(s string) float64 { f, _ := strconv.ParseFloat(s, 64); return f })
	fmt.Println(bb.Get())
	bb.SetFrom(7, func(i int) float64 { return float64(i) / 4 })
	fmt.Println(bb.Get())
	p := Pair[string, int]{"go", 3}
	q := p.MapBoth(strings.ToUpper, func(n int) []int { return make([]int, n) })
	fmt.Println(q, q.Swap())
	fmt.Printf("%T\n", q)
}
