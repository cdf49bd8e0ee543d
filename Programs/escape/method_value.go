// errorcheck -0 -m -l

// method values: a closure over the receiver.

package p

type T struct{ a int }

func (t T) Get() int   { return t.a }
func (t *T) PGet() int { return t.a } // ERROR "t does not escape$"

var g func() int

func f(t T) int {
	fn := t.Get // ERROR "t\.Get does not escape$"
	return fn()
}

func h(t *T) { // ERROR "leaking param: t$"
	g = t.PGet // ERROR "t\.PGet escapes to heap$"
}

func k() {
	var t T
	g = t.Get // ERROR "t\.Get escapes to heap$"
}
