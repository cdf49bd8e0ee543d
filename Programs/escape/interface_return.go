// errorcheck -0 -m -l

// returning values as interfaces.

package p

type Err struct{ msg string }

func (e *Err) Error() string { return e.msg } // ERROR "leaking param: e to result ~r0 level=1$"

func f() error {
	return &Err{"x"} // ERROR "&Err\{\.\.\.\} escapes to heap$"
}

func h(s string) interface{} { // ERROR "leaking param: s$"
	return s // ERROR "s escapes to heap$"
}
