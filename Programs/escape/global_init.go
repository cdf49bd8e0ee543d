// errorcheck -0 -m -l

// package-level variables and their initializers.

package p

var g = new(int) // ERROR "new\(int\) escapes to heap$"

var h = &struct{ a int }{1}

func f() *int {
	return g
}
