// errorcheck

package main

type Inner struct{}

func (i *Inner) P() {}
func (i Inner) V()  {}

type Outer struct{ Inner }

func get() Outer { return Outer{} }

func main() {
	get().V()
	get().P() // ERROR "cannot call pointer method P on Outer"
	Outer{}.P() // ERROR "cannot call pointer method P on Outer"
	(&Outer{}).P()
	m := map[string]Outer{}
	m["a"].P() // ERROR "cannot call pointer method P on Outer"
	m["a"].V()
}
