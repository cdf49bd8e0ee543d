// errorcheck -0 -m -l

// type assertions: the asserted value flows out with a dereference.

package p

type T struct{ p *int }

func f(i interface{}) *int { // ERROR "leaking param: i to result ~r0 level=0$"
	return i.(*int)
}

func h(i interface{}) T { // ERROR "leaking param: i to result ~r0 level=0$"
	return i.(T)
}

func k(i interface{}) (int, bool) { // ERROR "i does not escape$"
	v, ok := i.(int)
	return v, ok
}
