// run

// Generic types with String and Error methods printed by fmt: %v/%s/%q/%d/%+v/%x on Stringers, value vs pointer receivers, Stringers nested in slices, maps (sorted keys) and structs, and Error taking precedence.

package main

import (
	"errors"
	"fmt"
)

type Money[T ~int64 | ~float64] struct {
	Amount T
	Cur    string
}

func (m Money[T]) String() string { return fmt.Sprintf("%v %s", m.Amount, m.Cur) }

type Tagged[T any] struct {
	Tag string
	Val T
}

// pointer receiver: only *Tagged[T] is a Stringer
func (t *Tagged[T]) String() string { return fmt.Sprintf("<%s:%v>", t.Tag, t.Val) }

type Code[T ~int] int

func (c Code[T]) String() string { return fmt.Sprintf("code-%d", int(c)) }

type Oops[T any] struct{ Detail T }

func (o Oops[T]) Error() string  { return fmt.Sprintf("oops: %v", o.Detail) }
func (o Oops[T]) String() string { return "never used" }

type Pair[K comparable, V any] struct {
	K K
	V V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.K, p.V) }

type Wrapper[T fmt.Stringer] struct {
	Inner T
	N     int
}

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	m := Money[int64]{1999, "USD"}
	f := Money[float64]{2.5, "EUR"}
	fmt.Println(m, f)
	fmt.Printf("%v|%s|%q|%+v|%10s|%-10v|\n", m, m, f, f, m, f)
	fmt.Printf("%d %x\n", m, f) // %d bypasses String (fields printed), %x formats the String result

	t := Tagged[int]{"n", 7}
	fmt.Println(t, &t)
	fmt.Printf("%v %+v %s\n", t, &t, []*Tagged[int]{&t, {"m", 8}})

	c := Code[int](404)
	fmt.Println(c, []Code[int]{1, 2})
	fmt.Printf("%v %d %s %x %q\n", c, c, c, c, c)

	var err error = Oops[[]int]{[]int{1, 2}}
	fmt.Println(err, Oops[string]{"x"})
	fmt.Printf("%v %s %q\n", err, err, Oops[int]{3})
	wrapped := fmt.Errorf("load: %w", err)
	var o Oops[[]int]
	fmt.Println(wrapped, errors.As(wrapped, &o), o.Detail)

	pairs := []Pair[string, Money[int64]]{{"a", m}, {"b", Money[int64]{5, "JPY"}}}
	fmt.Println(pairs)
	byColor := map[Color]Pair[Color, int]{2: {2, 30}, 0: {0, 10}, 1: {1, 20}}
	fmt.Println(byColor)
	fmt.Printf("%v\n", map[Pair[int, int]]string{{2, 1}: "x", {1, 2}: "y"})

	w := Wrapper[Color]{Inner: 1, N: 3}
	fmt.Printf("%v %+v\n", w, w)
	wp := Wrapper[*Tagged[string]]{Inner: &Tagged[string]{"s", "hi"}}
	fmt.Printf("%v %+v\n", wp, wp)
	fmt.Printf("%T %T %T\n", w, wp, byColor)
	fmt.Println(fmt.Sprint(m, f), fmt.Sprint(c, c), fmt.Sprintln(t.Tag, c))
}
