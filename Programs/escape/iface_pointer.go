// errorcheck -0 -m -l

// pointer-shaped values are stored directly in interfaces.

package p

var sink interface{}

type T struct{ a int }

func f(p *T) { // ERROR "leaking param: p$"
	sink = p
}

func h() {
	t := T{} // ERROR "moved to heap: t$"
	sink = &t
}
