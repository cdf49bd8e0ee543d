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
	c.Hello()          // ERROR "ambiguous selector c\.Hello"
	var g Greeter = c // ERROR "C does not implement Greeter \(missing method Hello\)|ambiguous selector"
	_ = g
}
