// run

// Type switches and assertions involving type parameters: case T inside generic funcs, v.(T), any(x).(type) with instantiated generics.

package main

import (
	"fmt"
	"strconv"
)

func As[T any](v any) (T, bool) {
	t, ok := v.(T)
	return t, ok
}

func CountOf[T any](vs []any) int {
	n := 0
	for _, v := range vs {
		switch v.(type) {
		case T:
			n++
		}
	}
	return n
}

func Classify[T any](v any) string {
	switch x := v.(type) {
	case T:
		return fmt.Sprintf("T(%v)", x)
	case []T:
		return fmt.Sprintf("[]T len %d", len(x))
	case map[string]T:
		return fmt.Sprintf("map[string]T len %d", len(x))
	case func() T:
		return fmt.Sprintf("func() T -> %v", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type Box[T any] struct{ V T }

func Stringify[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int:" + strconv.Itoa(x)
	case Box[int]:
		return "box-int:" + strconv.Itoa(x.V)
	case Box[string]:
		return "box-str:" + x.V
	case fmt.Stringer:
		return "stringer:" + x.String()
	}
	return fmt.Sprintf("?%T", v)
}

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

func main() {
	vals := []any{1, "a", 2.5, 3, "b", Box[int]{1}, nil, int64(4)}
	fmt.Println(CountOf[int](vals), CountOf[string](vals), CountOf[Box[int]](vals), CountOf[any](vals), CountOf[error](vals))
	i, ok := As[int](vals[0])
	fmt.Println(i, ok)
	s, ok := As[string](vals[0])
	fmt.Printf("%q %v\n", s, ok)
	st, ok := As[fmt.Stringer](Celsius(3))
	fmt.Println(st, ok)
	fmt.Println(Classify[int](5), Classify[int]([]int{1, 2}), Classify[string](map[string]string{"a": ""}))
	fmt.Println(Classify[float64](func() float64 { return 1.5 }), Classify[int](int8(1)))
	fmt.Println(Stringify(3), Stringify(Box[int]{4}), Stringify(Box[string]{"x"}), Stringify(Celsius(21.5)), Stringify(Box[bool]{}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var v any = "str"
		_ = v.(Box[int])
	}()
}
