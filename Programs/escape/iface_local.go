// errorcheck -0 -m -l

// conversion to an interface kept locally does not escape.

package p

type I interface{ M() int }

type T struct{ a int }

func (t T) M() int { return t.a }

func f(t T) int {
	var i I = t // ERROR "t does not escape$"
	_ = i
	var e interface{} = 1 // ERROR "1 does not escape$"
	_ = e
	return 0
}
