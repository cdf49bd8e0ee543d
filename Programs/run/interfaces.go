// run

package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string      { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("error code %d", e.Code) }

func find(ok bool) error {
	if ok {
		return nil
	}
	return &MyErr{42}
}

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", v+1)
	case string, bool:
		return fmt.Sprint("string or bool ", v)
	case Shape:
		return "shape " + v.Name()
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Println(total)
	var c Celsius = 21.5
	fmt.Println(c, []int{1})
	fmt.Printf("%v %s %.2f\n", c, c, float64(c))
	err := find(false)
	if err != nil {
		fmt.Println("got:", err)
	}
	fmt.Println(find(true) == nil)
	for _, x := range []any{nil, 1, "s", true, Rect{1, 1}, &MyErr{7}, 2.5} {
		fmt.Println(describe(x))
	}
	var s Shape = Rect{1, 2}
	if r, ok := s.(Rect); ok {
		fmt.Println("rect", r.W)
	}
	_, ok := s.(*Circle)
	fmt.Println(ok)
	var a any = 5
	var b any = 5
	fmt.Println(a == b, a != 6, a == any("5"))
	n := s.(*Circle)
	fmt.Println(n)
}
