// errorcheck -0 -m -l

// new(T) returned or stored escapes.

package p

var g *int

func f() *int {
	return new(int) // ERROR "new\(int\) escapes to heap$"
}

func h() {
	g = new(int) // ERROR "new\(int\) escapes to heap$"
}
