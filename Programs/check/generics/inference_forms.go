// run

package main

import "fmt"

func First[T any](xs []T) T { return xs[0] }

func Apply[T, R any](x T, f func(T) R) R { return f(x) }

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func Ptr[T any](v T) *T { return &v }

type Celsius float64

func main() {
	fmt.Println(First([]string{"x", "y"}))
	fmt.Println(Apply(3, func(i int) string { return fmt.Sprint(i * 2) }))
	fmt.Println(Keys(map[string]int{"a": 1}))
	p := Ptr(Celsius(3))
	fmt.Printf("%T %v\n", p, *p)
	var f func([]int) int = First
	fmt.Println(f([]int{9}))
	q := Ptr[float32](1)
	fmt.Printf("%T\n", q)
}
