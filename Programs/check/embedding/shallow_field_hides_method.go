// errorcheck

package main

type Inner struct{}

func (Inner) Run() {}

type Outer struct {
	Inner
	Run int
}

func main() {
	var o Outer
	o.Inner.Run()
	o.Run() // ERROR "invalid operation: cannot call non-function o\.Run \(variable of type int\)|cannot call"
}
