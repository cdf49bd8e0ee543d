// run

package main

import "fmt"

type Celsius float64
type Readings []Celsius

func Avg[S ~[]E, E ~float64](s S) E {
	var t E
	for _, v := range s {
		t += v
	}
	return t / E(len(s))
}

func Clone[M ~map[K]V, K comparable, V any](m M) M {
	r := make(M, len(m))
	for k, v := range m {
		r[k] = v
	}
	return r
}

type Env map[string]string

func Ptr[T any](v T) *T { return &v }

func Deref[P ~*T, T any](p P, def T) T {
	if p == nil {
		return def
	}
	return *p
}

type IntPtr *int

func main() {
	r := Readings{20, 22.5, 24}
	a := Avg(r)
	fmt.Printf("%T %.2f\n", a, float64(a))
	e := Env{"HOME": "/root"}
	c := Clone(e)
	c["X"] = "y"
	fmt.Printf("%T %d %d\n", c, len(e), len(c))
	p := Ptr(42)
	fmt.Println(*p, Deref(p, 0), Deref[*string](nil, "default"))
	var ip IntPtr = Ptr(7)
	fmt.Println(Deref(ip, -1))
}
