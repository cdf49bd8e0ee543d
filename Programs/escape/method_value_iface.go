// errorcheck -0 -m -l

// method values of interfaces.

package p

type I interface{ M() int }

var g func() int

func f(i I) { // ERROR "leaking param: i$"
	g = i.M // ERROR "i\.M escapes to heap$"
}

func h(i I) int { // ERROR "leaking param: i$"
	fn := i.M // ERROR "i\.M does not escape$"
	return fn()
}
