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
	o.Run() // ERROR "invalid operation: cannot call o\.Run \(variable of type int\): int is not a function"
}
