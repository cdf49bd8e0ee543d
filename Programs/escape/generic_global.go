// errorcheck -0 -m -l

// generic functions that store their arguments into globals.

package main

import "fmt"

var anySink any
var ptrSink *int
var sliceSink []string
var registry = map[string]any{} // ERROR "map\[string\]any\{\} escapes to heap$"

func Keep[T any](v T) {
	anySink = v // ERROR "v escapes to heap$" "v escapes to heap$"
}

func KeepPtr[T any](p *T) {
	anySink = p
}

func Register[T any](name string, v *T) {
	registry[name] = v
}

func SaveInts[T ~int](p *T) {
	if q, ok := any(p).(*int); ok {
		ptrSink = q
	}
}

func Collect[T ~string](xs []T) {
	for _, x := range xs {
		sliceSink = append(sliceSink, string(x)) // ERROR "append escapes to heap$"
	}
}

func main() {
	Keep(42)
	Keep("str")
	n := 7 // ERROR "moved to heap: n$"
	KeepPtr(&n)
	m := 8 // ERROR "moved to heap: m$"
	Register("m", &m)
	k := 9 // ERROR "moved to heap: k$"
	SaveInts(&k)
	Collect([]string{"a", "b"}) // ERROR "\[\]string\{\.\.\.\} does not escape$"
	fmt.Println(len(registry), len(sliceSink)) // ERROR "\.\.\. argument does not escape$" "len\(registry\) escapes to heap$" "len\(sliceSink\) escapes to heap$"
}
