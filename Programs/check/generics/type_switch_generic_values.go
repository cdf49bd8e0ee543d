// run

package main

import "fmt"

type Box[T any] struct{ V T }

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprintf("int %d", v)
	case Box[int]:
		return fmt.Sprintf("Box[int] %d", v.V)
	case Box[string]:
		return "Box[string] " + v.V
	case fmt.Stringer:
		return "Stringer " + v.String()
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func Is[T any](x any) bool {
	_, ok := x.(T)
	return ok
}

type name string

func (n name) String() string { return "name:" + string(n) }

func main() {
	fmt.Println(Describe(4))
	fmt.Println(Describe(Box[int]{5}))
	fmt.Println(Describe(Box[string]{"s"}))
	fmt.Println(Describe(name("x")))
	fmt.Println(Describe[any](nil))
	fmt.Println(Describe(Box[bool]{}))
	fmt.Println(Is[int](3), Is[string](3), Is[fmt.Stringer](name("y")), Is[error](nil))
}
