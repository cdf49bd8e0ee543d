// run

package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
type Circ struct{ r float64 }

func (q Sq) Area() float64    { return q.s * q.s }
func (c *Circ) Area() float64 { return 3 * c.r * c.r }

func kind(x any) string {
	switch v := x.(type) {
	case int, int64:
		return fmt.Sprintf("integer %T %v", v, v)
	case string:
		v = v + "!"
		return "string " + v
	case Sq, *Circ:
		return fmt.Sprintf("shape %.1f", v.(Shape).Area())
	case error:
		return "error " + v.Error()
	case nil:
		return "nil"
	case func() int:
		return fmt.Sprint("func ", v())
	}
	return "unknown"
}

func main() {
	for _, x := range []any{1, int64(2), "s", Sq{2}, &Circ{1}, fmt.Errorf("e"), nil, func() int { return 9 }, 1.5, Circ{}} {
		fmt.Println(kind(x))
	}
	var sh Shape = Sq{3}
	switch s := sh.(type) {
	case interface{ Perimeter() float64 }:
		fmt.Println("has perimeter", s)
	case Sq:
		fmt.Println("square side", s.s)
	}
}
