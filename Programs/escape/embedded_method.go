// errorcheck -0 -m -l

// methods promoted from embedded fields.

package p

type Inner struct{ a int }

func (i *Inner) Get() int { return i.a } // ERROR "i does not escape$"

type Outer struct {
	Inner
}

type PtrOuter struct {
	*Inner
}

func f() int {
	var o Outer
	return o.Get()
}

func h(o PtrOuter) int { // ERROR "o does not escape$"
	return o.Get()
}
