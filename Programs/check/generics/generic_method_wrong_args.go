// errorcheck

package main

type Stack[T any] struct{ items []T }

func (s Stack[T]) Map[U any](f func(T) U) []U {
	var r []U
	for _, x := range s.items {
		r = append(r, f(x))
	}
	return r
}

func main() {
	s := Stack[int]{[]int{1, 2}}
	_ = s.Map(func(x string) string { return x }) // ERROR "in call to s\.Map, type func\(x string\) string of func\(x string\) string \{…\} does not match func\(int\)"
	_ = s.Map[int, int](nil) // ERROR "got 2 type arguments but want 1"
	_ = s.Map[string](func(x int) int { return x }) // ERROR "cannot use func\(x int\) int \{…\} \(value of type func\(x int\) int\) as func\(int\) string value in"
}
