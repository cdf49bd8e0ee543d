// errorcheck -0 -m -l

// pointer receivers: the receiver's address.

package p

type T struct{ a int }

var g *T

func (t *T) Keep() { g = t } // ERROR "leaking param: t$"
func (t *T) Get() int { return t.a } // ERROR "t does not escape$"

func f() {
	var t T // ERROR "moved to heap: t$"
	t.Keep()
}

func h() int {
	var t T
	return t.Get()
}
