// errorcheck -0 -m -l

// ranging over an array value.

package p

var g *int

func f(a [3]*int) { // ERROR "leaking param: a$"
	for _, p := range a {
		g = p
	}
}
