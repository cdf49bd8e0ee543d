// run

package main

import "fmt"

// Go 1.27 accepts type parameters on methods.
type Box struct{ label string }

func (b Box) Convert[T any](v T) string { return fmt.Sprintf("%s:%v", b.label, v) }

type Seq[T any] []T

func (s Seq[T]) MapTo[U any](f func(T) U) Seq[U] {
	out := make(Seq[U], len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

func main() {
	b := Box{"box"}
	fmt.Println(b.Convert(1), b.Convert[string]("s"))
	s := Seq[int]{1, 2, 3}
	fmt.Println(s.MapTo(func(i int) string { return fmt.Sprint(i * 10) }))
}
