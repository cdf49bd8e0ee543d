// errorcheck -0 -m -l

// nil values and zero-sized types.

package p

var sink interface{}

func f() {
	sink = nil
	var p *int
	sink = p
	sink = struct{}{} // ERROR "struct \{\}\{\} escapes to heap$"
}
