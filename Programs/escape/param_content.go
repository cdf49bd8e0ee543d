// errorcheck -0 -m -l

// the content of a parameter leaking: leaking param content.

package p

var g *int

func f(p **int) { // ERROR "leaking param content: p$"
	g = *p
}

func h(s []*int) { // ERROR "leaking param content: s$"
	g = s[0]
}
