// errorcheck

package main

type Setter[T any] interface {
	*T
	Set(string)
}

type A struct{ s string }

func (a *A) Set(s string) { a.s = s }

type B struct{}

func FromStrings[T any, PT Setter[T]](s []string) []T {
	r := make([]T, len(s))
	for i, v := range s {
		PT(&r[i]).Set(v)
	}
	return r
}

func main() {
	_ = FromStrings[A]([]string{"x"})
	_ = FromStrings[B]([]string{"x"}) // ERROR "\*B does not satisfy Setter\[B\] \(missing method Set\)"
}
