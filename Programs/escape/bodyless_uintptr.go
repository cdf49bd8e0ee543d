// errorcheck -0 -m -l

// uintptr parameters of bodyless functions.

package p

func sys(a uintptr, p *int) // ERROR "assuming a is unsafe uintptr$" "leaking param: p$"

func f(p *int) { // ERROR "leaking param: p$"
	sys(0, p)
}
