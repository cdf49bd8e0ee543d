// errorcheck

package main

func Sum[S ~[]E, E int | float64](s S) E {
	var t E
	for _, v := range s {
		t += v
	}
	return t
}

type Floats []float64

func main() {
	_ = Sum(Floats{1})
	_ = Sum(nil) // ERROR "in call to Sum, cannot infer S \(declared at \./infer_from_nil_and_named_slice\.go:5:10\)"
	_ = Sum([]string{"a"}) // ERROR "string does not satisfy int \| float64 \(string missing in int \| float64\)"
}
