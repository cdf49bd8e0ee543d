// errorcheck

package main

type T struct{}

func (T) Run() {}

func main() {
	var t T
	t.run() // ERROR "t\.run undefined \(type T has no field or method run, but does have method Run\)"
}
