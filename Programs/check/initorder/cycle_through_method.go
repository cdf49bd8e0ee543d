// errorcheck

package main

type T struct{}

func (T) get() int { return v }

var v = T{}.get() // ERROR "initialization cycle for v"

func main() {
}
