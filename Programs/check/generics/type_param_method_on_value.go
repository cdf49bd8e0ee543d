// errorcheck

package main

type Stringer interface{ String() string }

func Join[T Stringer](xs []T) string {
	r := ""
	for _, x := range xs {
		r += x.String() + x.Name() // ERROR "x\.Name undefined \(type T has no field or method Name\)"
	}
	return r
}

func Field[T struct{ X int }](v T) int {
	return v.X // ERROR "v\.X undefined \(type T has no field or method X\)"
}

func main() {
}
