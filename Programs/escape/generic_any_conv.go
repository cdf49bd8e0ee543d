// errorcheck -0 -m -l

// any conversions of T values inside generic functions.

package main

import "fmt"

func Show[T any](x T) {
	fmt.Println(x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$" "\.\.\. argument does not escape$" "x escapes to heap$"
}

func ShowPtr[T any](p *T) {
	fmt.Println(*p) // ERROR "\.\.\. argument does not escape$" "\*p escapes to heap$"
}

func Box[T any](x T) any {
	return x // ERROR "x escapes to heap$"
}

func Sprint2[T, U any](a T, b U) string {
	return fmt.Sprint(a, b) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "b escapes to heap$"
}

func IsNil[T any](x T) bool {
	return any(x) == nil
}

func Describe[T any](xs []T) {
	for i, x := range xs {
		fmt.Printf("%d=%v\n", i, x) // ERROR "\.\.\. argument does not escape$" "i escapes to heap$" "x escapes to heap$"
	}
}

func main() {
	Show(1)
	Show("s")
	v := 3.5
	ShowPtr(&v)
	b := Box(struct{ a, b int }{1, 2})
	s := Sprint2(1, true)
	fmt.Println(b, s, IsNil(&v)) // ERROR "\.\.\. argument does not escape$" "s escapes to heap$" "IsNil\[go\.shape\.\*uint8\]\(&\.dict\.IsNil\[\*float64\], &v\) escapes to heap$"
	Describe([]int{1, 2}) // ERROR "\[\]int\{\.\.\.\} does not escape$"
}
