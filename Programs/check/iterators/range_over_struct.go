// errorcheck

package main

type S struct{ a, b int }

func main() {
	for x := range (S{}) { // ERROR "cannot range over \(S\{\}\) \(value of struct type S\)"
		_ = x
	}
	var p *int
	for x := range p { // ERROR "cannot range over p \(variable of type \*int\)"
		_ = x
	}
}
