// run

// comparable satisfied by interface types (Go 1.20+): generic Index/Set/CountBy instantiated with any, error and a custom interface; mixed dynamic types as keys; uncomparable dynamic values panicking at run time and recovered.

package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) Set[T] {
	for _, v := range vs {
		s[v] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func CountBy[T any, K comparable](xs []T, key func(T) K) map[K]int {
	out := map[K]int{}
	for _, x := range xs {
		out[key(x)]++
	}
	return out
}

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }
type Circ struct{ R float64 }
type Poly struct{ Pts []float64 } // not comparable

func (s Sq) Area() float64   { return s.S * s.S }
func (c Circ) Area() float64 { return 3 * c.R * c.R }
func (p Poly) Area() float64 { return float64(len(p.Pts)) }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	vals := []any{1, "1", 1.0, int8(1), nil, struct{ A int }{1}, [2]int{1, 1}}
	fmt.Println(Index(vals, any("1")), Index(vals, any(1.0)), Index(vals, nil), Index(vals, any(struct{ A int }{1})), Index(vals, any(uint(1))))

	s := Set[any]{}
	s.Add(1, "one", 1, true, [2]string{"a", "b"}, error(nil))
	fmt.Println(len(s), s.Has(1), s.Has(int64(1)), s.Has([2]string{"a", "b"}), s.Has(nil))

	errs := []error{io.EOF, errors.New("x"), io.ErrUnexpectedEOF, io.EOF}
	fmt.Println(Index(errs, io.EOF), Index(errs, errors.New("x")), Index(errs, io.ErrUnexpectedEOF))
	es := Set[error]{}.Add(errs...)
	fmt.Println(len(es), es.Has(io.EOF), es.Has(nil))

	shapes := []Shape{Sq{2}, Circ{1}, Sq{2}, Sq{3}, Circ{1}}
	byShape := CountBy(shapes, func(s Shape) Shape { return s })
	fmt.Println(byShape[Sq{2}], byShape[Circ{1}], byShape[Sq{3}], len(byShape))
	byType := CountBy(shapes, func(s Shape) string { return fmt.Sprintf("%T", s) })
	fmt.Println(byType)

	try("index with slice element", func() {
		fmt.Println(Index([]any{1, 2}, any(3)))
		fmt.Println(Index([]any{[]int{1}}, any(1)))
		fmt.Println(Index([]any{[]int{1}}, any([]int{1})))
	})
	try("set add map", func() { Set[any]{}.Add("ok", map[string]int{}) })
	try("shape key", func() { CountBy([]Shape{Sq{1}, Poly{[]float64{1}}}, func(s Shape) Shape { return s }) })
	try("func value", func() { fmt.Println(Index([]any{strings.ToUpper}, any(strings.ToLower))) })
	fmt.Println("still running")
}
