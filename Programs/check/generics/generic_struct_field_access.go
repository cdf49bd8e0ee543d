// errorcheck

package main

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Keys[K comparable, V any](ps []Pair[K, V]) []K {
	var r []K
	for _, p := range ps {
		r = append(r, p.Val) // ERROR "cannot use p\.Val \(variable of type V constrained by any\) as K value in argument to append"
	}
	return r
}

func main() {
	p := Pair[string, int]{Key: "a", Val: "b"} // ERROR "cannot use \"b\" \(untyped string constant\) as int value in struct literal"
	_ = p
}
