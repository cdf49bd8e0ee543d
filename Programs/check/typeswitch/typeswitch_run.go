// run

package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (c Circle) Area() float64 { return 3 * c.R * c.R }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", v, v)
	case string:
		return "string of len " + fmt.Sprint(len(v))
	case Rect:
		return fmt.Sprint("rect ", v.W, "x", v.H)
	case Shape:
		return fmt.Sprint("shape area ", v.Area())
	case error:
		return "error " + v.Error()
	case func() int:
		return fmt.Sprint("func returning ", v())
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	fmt.Println(describe(nil))
	fmt.Println(describe(3))
	fmt.Println(describe(int64(4)))
	fmt.Println(describe("abc"))
	fmt.Println(describe(Rect{2, 3}))
	fmt.Println(describe(Circle{1}))
	fmt.Println(describe(errors.New("boom")))
	fmt.Println(describe(func() int { return 7 }))
	fmt.Println(describe([]int{}))
}
