// run

// Type assertions and type switches on a type parameter assert the
// instance's type argument (each instance its own), also inside composite types.

package main

import "fmt"

type pair[K comparable, V any] struct {
	k K
	v V
}

func Is[T any](x any) bool {
	_, ok := x.(T)
	return ok
}

func As[T any](x any) T {
	v, _ := x.(T)
	return v
}

func Kind[T any](x any) string {
	switch x.(type) {
	case T:
		return "T"
	case []T:
		return "[]T"
	case *T:
		return "*T"
	case map[string]T:
		return "map"
	}
	return "other"
}

func main() {
	fmt.Println(Is[string](3), Is[int](3), Is[[]int]([]int{}), Is[*int](new(int)), Is[pair[int, string]](pair[int, string]{}))
	fmt.Println(As[string](3) == "", As[int](3), As[float64](2.5), As[[]string]([]string{"a"}))
	fmt.Println(Kind[int](1), Kind[int]([]int{}), Kind[string]([]int{}), Kind[int](new(int)), Kind[bool](map[string]bool{}), Kind[bool](1))
}
