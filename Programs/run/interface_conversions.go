// run

// Explicit conversions to interface types: T(x) from a concrete value
// (pointer or value receiver), from another interface (narrowing to any,
// widening to a larger method set by assertion), of nil interfaces, and in
// generic code.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }
type Named interface {
	Shape
	Name() string
}
type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }
func (r Rect) Name() string   { return "rect" }

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3 * c.r * c.r }

func area[T Shape](v T) float64 { return Shape(v).Area() }

func describe(x any) string {
	switch v := x.(type) {
	case Named:
		return "named " + v.Name()
	case Shape:
		return fmt.Sprint("shape ", v.Area())
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	s := Shape(Rect{w: 2, h: 3})
	fmt.Println(s.Area(), describe(s))
	c := Shape(&Circle{2})
	fmt.Println(c.Area(), describe(c))
	var t Shape = Rect{1, 1}
	b := any(t)
	fmt.Printf("%T %v\n", b, b)
	_, ok := b.(Shape)
	n, ok2 := b.(Named)
	fmt.Println(ok, ok2, n.Name())
	sh := Shape(n)
	fmt.Println(sh.Area(), any(sh) == any(Rect{1, 1}))
	var none Shape
	fmt.Println(any(none) == nil, describe(Shape(none)), Shape(nil) == nil)
	fmt.Println(interface{ Area() float64 }(Rect{4, 1}).Area())
	fmt.Println(area(Rect{5, 2}), area(&Circle{1}))
	var r io.Reader = strings.NewReader("abc")
	rc := io.Reader(r)
	data, _ := io.ReadAll(rc)
	fmt.Println(string(data))
	e := error(errors.New("boom"))
	fmt.Printf("%T %v %v\n", any(e), e, fmt.Stringer(nil) == nil)
}
