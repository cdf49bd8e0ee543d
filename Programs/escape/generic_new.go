// errorcheck -0 -m -l

// new(T) in generic code: local, returned, stored through a parameter, stored in a global.

package main

import "fmt"

var gsink any

func LocalNew[T any](v T) T {
	p := new(T) // ERROR "new\(<node DYNAMICTYPE>\) does not escape$"
	*p = v
	return *p
}

func RetNew[T any]() *T {
	return new(T) // ERROR "new\(<node DYNAMICTYPE>\) escapes to heap$"
}

func OutNew[T any](out **T) {
	*out = new(T) // ERROR "new\(<node DYNAMICTYPE>\) escapes to heap$"
}

func GlobalNew[T any]() {
	gsink = new(T) // ERROR "new\(<node DYNAMICTYPE>\) escapes to heap$"
}

func ManyNew[T any](n int) []*T {
	ps := make([]*T, 0, n) // ERROR "make\(\[\]\*go\.shape\.uint8, 0, n\) escapes to heap$"
	for i := 0; i < n; i++ {
		ps = append(ps, new(T)) // ERROR "new\(<node DYNAMICTYPE>\) escapes to heap$" "append escapes to heap$"
	}
	return ps
}

func main() {
	a := LocalNew(3)
	b := RetNew[string]()
	var c *float64
	OutNew(&c)
	GlobalNew[int]()
	d := ManyNew[byte](2)
	fmt.Println(a, *b, *c, len(d)) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "\*b escapes to heap$" "\*c escapes to heap$" "len\(d\) escapes to heap$"
}
