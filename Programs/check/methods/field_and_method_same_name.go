// errorcheck

package main

type T struct {
	Name string
}

func (T) Name() string { return "" } // ERROR "field and method with the same name Name"

func main() {
}
