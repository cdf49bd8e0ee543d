// errorcheck

package main

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	_ = Sum[string]("a") // ERROR "string does not satisfy Number \(string missing in ~int \| ~float64\)"
}
