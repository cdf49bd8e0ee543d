// errorcheck -0 -m -l

// explicit conversions to interface types.

package p

type I interface{ M() }

type T struct{ a, b int }

func (T) M() {}

var sink interface{}

func f(t T) {
	sink = I(t) // ERROR "I\(t\) escapes to heap$"
	sink = interface{}(3) // ERROR "\(interface \{\}\)\(3\) escapes to heap$"
	sink = any(t) // ERROR "any\(t\) escapes to heap$"
}
