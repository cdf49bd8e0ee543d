// errorcheck

package main

type Base struct{}

func (Base) Name() string { return "base" }

type Derived struct {
	Base
	Name string
}

func (Derived) Name() string { return "derived" } // ERROR "field and method with the same name Name"

func main() {
}
