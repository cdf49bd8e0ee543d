// errorcheck

package main

type A struct{}
type B struct{}

func (A) Hello() string { return "A" }
func (B) Hello() string { return "B" }

type C struct {
	A
	B
}

type Greeter interface{ Hello() string }

func main() {
	var c C
	c.Hello() // ERROR "ambiguous selector c\.Hello"
	var g Greeter = c // ERROR "cannot use c \(variable of struct type C\) as Greeter value in variable declaration: C does not implement Greeter \(ambiguous selector C\.Hello\)"
	_ = g
}
