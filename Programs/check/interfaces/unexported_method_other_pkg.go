// errorcheck

package main

type I interface {
	m()
}

type T struct{}

func (T) M() {}

func main() {
	var i I = T{} // ERROR "T does not implement I \(missing method m\)"
	_ = i
}
