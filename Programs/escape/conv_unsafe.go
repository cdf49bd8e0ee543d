// errorcheck -0 -m -l

// unsafe.Pointer conversions.

package p

import "unsafe"

func f(p *int) unsafe.Pointer { // ERROR "leaking param: p to result ~r0 level=0$"
	return unsafe.Pointer(p)
}

func h(p *int) *float64 { // ERROR "leaking param: p to result ~r0 level=0$"
	return (*float64)(unsafe.Pointer(p))
}
