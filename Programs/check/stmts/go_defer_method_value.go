// errorcheck

package main

type T struct{}

func (T) M() int { return 0 }

func main() {
	var t T
	defer t.M // ERROR "expression in defer must be function call"
	go t.M // ERROR "expression in go must be function call"
	f := t.M
	defer f()
	defer (t.M()) // ERROR "expression in defer must not be parenthesized"
}
