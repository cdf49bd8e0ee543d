// errorcheck -0 -m -l

// comparing an interface with a concrete value converts it.

package p

type I interface{ M() }

type T struct{ a int }

func (T) M() {}

func f(i I, t T) bool { // ERROR "i does not escape$"
	return i == t // ERROR "t does not escape$"
}
