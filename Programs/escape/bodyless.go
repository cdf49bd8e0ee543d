// errorcheck -0 -m -l

// functions declared without a body: parameters leak.

package p

func ext(p *int, n int, s []byte) *int // ERROR "leaking param: p$" "leaking param: s$"

func f() {
	x := 1 // ERROR "moved to heap: x$"
	ext(&x, 2, nil)
}
