// errorcheck

package main

type Mapper interface {
	Map(func(int) int) []int
}

type S struct{ xs []int }

func (s S) Map[U any](f func(int) U) []U {
	var r []U
	for _, x := range s.xs {
		r = append(r, f(x))
	}
	return r
}

func main() {
	var m Mapper = S{} // ERROR "cannot use S\{\} \(value of struct type S\) as Mapper value in variable declaration: S does not"
	_ = m
}
