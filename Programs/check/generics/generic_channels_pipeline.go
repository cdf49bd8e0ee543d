// run

package main

import "fmt"

func Gen[T any](xs ...T) <-chan T {
	ch := make(chan T, len(xs))
	for _, x := range xs {
		ch <- x
	}
	close(ch)
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

func Collect[T any](in <-chan T) []T {
	var r []T
	for v := range in {
		r = append(r, v)
	}
	return r
}

func Send[C ~chan<- E | ~chan E, E any](c C, v E) { c <- v }

func main() {
	fmt.Println(Collect(MapChan(Gen(1, 2, 3), func(i int) string { return fmt.Sprint(i, i) })))
	c := make(chan int, 1)
	Send(c, 42)
	fmt.Println(<-c)
}
