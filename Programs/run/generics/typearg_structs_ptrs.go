// run

// Structs, pointers, interfaces and instantiated generics as type arguments; zero values and nil checks through T.

package main

import (
	"errors"
	"fmt"
)

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }

func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

type User struct {
	Name string
	Age  int
}

func Zero[T any]() T {
	var z T
	return z
}

func IsZero[T comparable](v T) bool {
	var z T
	return v == z
}

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (s Sq) Area() float64 { return s.s * s.s }

func TotalArea[T Shape](xs []T) float64 {
	t := 0.0
	for _, x := range xs {
		t += x.Area()
	}
	return t
}

func main() {
	fmt.Println(Some(User{"ann", 30}), None[User]())
	pu := Some(&User{"bob", 40})
	fmt.Println(pu.OrElse(nil).Name)
	fmt.Println(None[*User]().OrElse(nil) == nil)
	nested := Some(Some(Some(3)))
	fmt.Println(nested, nested.v.v.OrElse(0))
	fmt.Printf("%T\n", nested)
	fmt.Printf("%#v %v %v %q\n", Zero[User](), Zero[*User](), Zero[[]int]() == nil, Zero[string]())
	fmt.Println(Zero[error]() == nil, Zero[Opt[int]]())
	fmt.Println(IsZero(User{}), IsZero(User{Age: 1}), IsZero[*int](nil), IsZero[any](nil), IsZero[error](errors.New("")))
	fmt.Println(TotalArea([]Sq{{1}, {2}}), TotalArea([]Shape{Sq{3}, Sq{0.5}}))
	m := map[string]Opt[[]string]{"a": Some([]string{"x", "y"}), "b": None[[]string]()}
	fmt.Println(m["a"], m["b"], m["c"].OrElse([]string{"def"}))
	var sh Opt[Shape] = Some[Shape](Sq{2})
	fmt.Println(sh.v.Area(), sh)
}
