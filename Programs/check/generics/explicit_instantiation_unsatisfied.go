// errorcheck

package main

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	_ = Sum[string]("a", "b") // ERROR "string does not satisfy Number \(string missing in ~int \| ~int64 \| ~float64\)"
	f := Sum[bool] // ERROR "bool does not satisfy Number \(bool missing in ~int \| ~int64 \| ~float64\)"
	_ = f
}
