// run

// Core types beyond slices and maps: ~chan T and ~<-chan T parameters (send, receive, range, close, len/cap; receive-only views passed explicitly), function-typed type parameters called directly, ~*T pointer core types dereferenced, and named channel/func types keeping their identity.

package main

import (
	"fmt"
	"strings"
)

func Fill[C ~chan E, E any](c C, vs ...E) C {
	for _, v := range vs {
		c <- v
	}
	close(c)
	return c
}

func Drain[C ~<-chan E, E any](c C) []E {
	var out []E
	for v := range c {
		out = append(out, v)
	}
	return out
}

func Stats[C ~chan E, E any](c C) (int, int) { return len(c), cap(c) }

type Jobs chan string

func (j Jobs) Pending() int { return len(j) }

type Transform[T any] func(T) T

func Apply[F ~func(T) T, T any](fs []F, v T) T {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func Twice[F ~func(T) T, T any](f F) F {
	return func(v T) T { return f(f(v)) }
}

func Swap[P ~*T, T any](a, b P) { *a, *b = *b, *a }

func Reset[P ~*T, T any](ps ...P) {
	var zero T
	for _, p := range ps {
		*p = zero
	}
}

type IntPtr *int

type Handler func(string) string

func main() {
	jobs := make(Jobs, 4)
	jobs <- "pre"
	l, c := Stats(jobs)
	fmt.Println(l, c, jobs.Pending())
	got := Fill(jobs, "a", "b")
	fmt.Printf("%T %d\n", got, got.Pending())
	fmt.Println(Drain((<-chan string)(got)))

	nums := Fill(make(chan int, 5), 1, 2, 3)
	var ro <-chan int = nums
	var rb <-chan []byte = Fill(make(chan []byte, 1), []byte("x"))
	fmt.Println(Drain(ro), Drain(rb))
	v, ok := <-nums
	fmt.Println(v, ok)

	inc := Transform[int](func(x int) int { return x + 1 })
	dbl := Transform[int](func(x int) int { return x * 2 })
	fmt.Println(Apply([]Transform[int]{inc, dbl, inc}, 5), Apply([]Transform[int]{Twice(dbl), Twice(Twice(inc))}, 1))
	hs := []Handler{strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" }}
	h := Twice(hs[2])
	fmt.Printf("%q %T\n", Apply(hs, "  hi "), h)
	fmt.Println(h("wow"))

	x, y := 1, 2
	Swap(&x, &y)
	var px, py IntPtr = &x, &y
	Swap(px, py)
	Swap(px, py)
	fmt.Println(x, y)
	s1, s2 := []string{"a"}, []string{"b", "c"}
	Swap(&s1, &s2)
	fmt.Println(s1, s2)
	type pt struct{ X, Y int }
	p1, p2 := pt{1, 2}, pt{3, 4}
	Reset(&p1, &p2)
	Reset[IntPtr](px)
	fmt.Println(p1, p2, x, y)
}
