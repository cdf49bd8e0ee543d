// run

// Generic channel pipeline: Generate/MapChan/Collect with goroutines and unbuffered channels; results printed by main only in order.

package main

import (
	"fmt"
	"strings"
)

func Generate[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func MapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func FilterChan[T any](in <-chan T, keep func(T) bool) <-chan T {
	out := make(chan T, 2)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

type Msg[T any] struct {
	ID   int
	Body T
}

func main() {
	sq := MapChan(Generate(1, 2, 3, 4, 5, 6), func(i int) int { return i * i })
	fmt.Println(Collect(FilterChan(sq, func(i int) bool { return i%2 == 0 })))
	up := MapChan(Generate("go", "is", "fun"), strings.ToUpper)
	fmt.Println(Collect(up))
	msgs := MapChan(Generate("a", "b"), func(s string) Msg[string] { return Msg[string]{len(s), s} })
	for m := range msgs {
		fmt.Printf("%+v\n", m)
	}
	done := make(chan struct{})
	res := make(chan Msg[[]int], 1)
	go func() {
		res <- Msg[[]int]{7, []int{1, 2}}
		close(done)
	}()
	<-done
	m := <-res
	fmt.Println(m.ID, m.Body, len(Collect(Generate[float64]())))
}
